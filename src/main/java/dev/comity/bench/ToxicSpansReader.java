package dev.comity.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SemEval-2021 Task 5 Toxic Spans ({@code tsd_<split>.csv}: {@code spans,text}; spans = JSON list of code-point
 * offsets). Every post was selected as toxic; the id is the 1-based row number, and there are no threads.
 */
final class ToxicSpansReader {
  static final String NAME = "toxic-spans";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Integer>> OFFSETS = new TypeReference<>() {};

  private ToxicSpansReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    Labels.Mapping toxic = Labels.of(NAME, "toxic");
    int n = 0;
    for (CsvRows.Row row : CsvRows.read(folder.resolve("tsd_" + split + ".csv"), ',')) {
      String text = row.get("text");
      List<Integer> offsets = offsets(row, "spans");
      String id = split + "-" + ++n;
      out.add(
          new Example(
              NAME, id, text, toxic.toxic(), toxic.categories(), Optional.of(Offsets.runsToSpans(text, offsets)), id));
    }
    return out;
  }

  /** A JSON list of integer offsets in one column. */
  static List<Integer> offsets(CsvRows.Row row, String column) throws IOException {
    try {
      return JSON.readValue(row.get(column), OFFSETS);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw row.problem("column '" + column + "' is not a JSON list of offsets: " + e.getOriginalMessage());
    }
  }
}
