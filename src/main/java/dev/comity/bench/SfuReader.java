package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SFU Opinion and Comments Corpus, constructiveness and toxicity ({@code SFU_constructiveness_toxicity.csv}). {@code
 * is_toxic_popular_answer_1} is the majority toxicity level on SOCC's scale 1 not toxic, 2 mildly toxic, 3 toxic, 4 very
 * toxic; toxic here means 3 or 4, so "mildly toxic" news comments (robust disagreement) count as civil.
 */
final class SfuReader {
  static final String NAME = "sfu";

  private SfuReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("SFU_constructiveness_toxicity.csv"), ',')) {
      Labels.Mapping m = Labels.of(NAME, row.get("is_toxic_popular_answer_1"), row);
      String id = row.get("_unit_id");
      out.add(new Example(NAME, id, row.get("comment"), m.toxic(), m.categories(), Optional.empty(), id));
    }
    return out;
  }
}
