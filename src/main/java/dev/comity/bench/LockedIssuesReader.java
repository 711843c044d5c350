package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locked "too heated" GitHub issues ({@code annotated_comment_level.csv}): {@code tbdf} is the incivility type of each
 * comment ({@code None} = civil); the group is {@code issue_id}.
 */
final class LockedIssuesReader {
  static final String NAME = "locked-issues";

  private LockedIssuesReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("annotated_comment_level.csv"), ',')) {
      Labels.Mapping m = Labels.of(NAME, row.get("tbdf"), row);
      out.add(
          new Example(
              NAME,
              row.get("comment_id"),
              row.get("comment_body"),
              m.toxic(),
              m.categories(),
              Optional.empty(),
              row.get("issue_id")));
    }
    return out;
  }
}
