package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub pull-request threads locked as too heated, and controls. Split {@code comments}: {@code both_t_data.csv},
 * comment-level {@code label} True/False; rows without a label are skipped; the group is {@code issue_id}. Split
 * {@code threads}: {@code too_heated_prs_matched_by_length.csv}, one example per {@code thread_id} whose text is its
 * comments in file order separated by blank lines, labeled by {@code thread_label}.
 */
final class TooHeatedPrsReader {
  static final String NAME = "too-heated-prs";

  private TooHeatedPrsReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    return split.equals("comments") ? comments(folder) : threads(folder);
  }

  private static List<Example> comments(Path folder) throws IOException {
    List<Example> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("both_t_data.csv"), ',')) {
      String label = row.get("label");
      if (label.isBlank()) {
        continue;
      }
      Labels.Mapping m = Labels.of(NAME, label, row);
      out.add(
          new Example(
              NAME, row.get("_id"), row.get("text"), m.toxic(), m.categories(), Optional.empty(), row.get("issue_id")));
    }
    return out;
  }

  private static List<Example> threads(Path folder) throws IOException {
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    Map<String, Labels.Mapping> labels = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.read(folder.resolve("too_heated_prs_matched_by_length.csv"), ',')) {
      String thread = row.get("thread_id");
      Labels.Mapping m = Labels.of(NAME, row.get("thread_label"), row);
      Labels.Mapping first = labels.putIfAbsent(thread, m);
      if (first != null && first != m) {
        throw row.problem("thread " + thread + " has two different thread_label values");
      }
      StringBuilder text = texts.computeIfAbsent(thread, t -> new StringBuilder());
      text.append(text.length() == 0 ? "" : "\n\n").append(row.get("text"));
    }
    List<Example> out = new ArrayList<>();
    texts.forEach(
        (thread, text) -> {
          Labels.Mapping m = labels.get(thread);
          out.add(new Example(NAME, thread, text.toString(), m.toxic(), m.categories(), Optional.empty(), thread));
        });
    return out;
  }
}
