package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ETHOS hate speech, {@code ;}-separated. Split {@code binary}: {@code Ethos_Dataset_Binary.csv}, {@code isHate} is the
 * share of annotators who saw hate, hate when at least 0.5. Split {@code multi_label}: {@code
 * Ethos_Dataset_Multi_Label.csv}, all hate; "violent hate" when {@code violence} is at least 0.5. Ids are row numbers.
 */
final class EthosReader {
  static final String NAME = "ethos";

  private EthosReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    boolean binary = split.equals("binary");
    Path file = folder.resolve(binary ? "Ethos_Dataset_Binary.csv" : "Ethos_Dataset_Multi_Label.csv");
    List<Example> out = new ArrayList<>();
    int n = 0;
    for (CsvRows.Row row : CsvRows.read(file, ';')) {
      String label;
      if (binary) {
        label = fraction(row, "isHate") >= 0.5 ? "hate" : "not hate";
      } else {
        label = fraction(row, "violence") >= 0.5 ? "violent hate" : "hate";
      }
      Labels.Mapping m = Labels.of(NAME, label, row);
      String id = split + "-" + ++n;
      out.add(new Example(NAME, id, row.get("comment"), m.toxic(), m.categories(), Optional.empty(), id));
    }
    return out;
  }

  private static double fraction(CsvRows.Row row, String column) throws IOException {
    String value = row.get(column).strip();
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw row.problem("column '" + column + "' is not a number: '" + value + "'");
    }
  }
}
