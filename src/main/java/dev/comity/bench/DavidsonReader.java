package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Davidson et al. tweets ({@code labeled_data.csv}): {@code class} 0 hate, 1 offensive, 2 neither; id = first column. */
final class DavidsonReader {
  static final String NAME = "davidson";

  private DavidsonReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("labeled_data.csv"), ',')) {
      Labels.Mapping m = Labels.of(NAME, row.get("class"), row);
      String id = row.record().get(0);
      out.add(new Example(NAME, id, row.get("tweet"), m.toxic(), m.categories(), Optional.empty(), id));
    }
    return out;
  }
}
