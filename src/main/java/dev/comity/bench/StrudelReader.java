package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CMU STRUDEL toxicity ({@code train_comments.csv}, {@code train_issues.csv}; {@code toxicity} y/n). The other columns
 * (Perspective, politeness...) are features, not labels. {@code _id} is {@code repo/owner/issue[/comment]}: the group
 * is the issue.
 */
final class StrudelReader {
  static final String NAME = "strudel";

  private StrudelReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    boolean comments = split.equals("comments");
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("train_" + split + ".csv"), ',')) {
      String id = row.get("_id");
      Labels.Mapping m = Labels.of(NAME, row.get("toxicity"), row);
      String text = comments ? row.get("text") : row.get("title") + "\n\n" + row.get("total_text");
      String group = comments && id.lastIndexOf('/') > 0 ? id.substring(0, id.lastIndexOf('/')) : id;
      out.add(new Example(NAME, id, text, m.toxic(), m.categories(), Optional.empty(), group));
    }
    return out;
  }
}
