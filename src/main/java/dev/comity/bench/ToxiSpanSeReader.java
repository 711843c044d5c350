package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ToxiSpanSE code-review comments ({@code dev.csv}). Gold spans come from the {@code spans} column (code-point offsets),
 * the column ToxiSpanSE's own evaluation reads. {@code Final_label} is the raw annotation-tool export: in 7 of 3,044
 * toxic rows it is malformed or nested JSON, and where it parses it covers the same characters as {@code spans} in all
 * but 6 rows. {@code is_toxic} is 1 or blank (= 0). Only toxic rows have an {@code id}; the others are named
 * {@code row-N} by their 1-based record number; a repeated id (upstream has one duplicated row) gets {@code #row-N}
 * appended. The group is the text: upstream repeats about 5,000 comments under other ids or none, far apart in the
 * file, so grouping by id would put copies of one comment on both sides of a split.
 */
final class ToxiSpanSeReader {
  static final String NAME = "toxispanse";

  private ToxiSpanSeReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvRows.Row record : CsvRows.read(folder.resolve(split + ".csv"), ',')) {
      String text = record.get("text");
      String isToxic = record.get("is_toxic").strip();
      Labels.Mapping m = Labels.of(NAME, isToxic.isEmpty() ? "0" : isToxic, record);
      String row = "row-" + record.record().getRecordNumber();
      String name = record.get("id").isBlank() ? row : record.get("id");
      String id = seen.add(name) ? name : name + "#" + row;
      out.add(
          new Example(
              NAME,
              id,
              text,
              m.toxic(),
              m.categories(),
              Optional.of(Offsets.runsToSpans(text, ToxicSpansReader.offsets(record, "spans"))),
              text));
    }
    return out;
  }
}
