package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wikipedia talk comments (Pavlopoulos et al. 2020). Splits {@code gc} (annotators saw the parent comment) and {@code
 * gn} (they did not): {@code id,text,label}. The text is the comment alone; the parent is context, not part of it.
 */
final class WikiTalkReader {
  static final String NAME = "wiki-talk";

  private WikiTalkReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve(split + ".csv"), ',')) {
      Labels.Mapping m = Labels.of(NAME, row.get("label"), row);
      String id = row.get("id");
      out.add(new Example(NAME, id, row.get("text"), m.toxic(), m.categories(), Optional.empty(), id));
    }
    return out;
  }
}
