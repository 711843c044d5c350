package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LabelsTest {
  /** The rows of the mapping table in benchmarks/LABELS.md: {@code | dataset | label | toxic | categories |}. */
  private static List<String> markdownRows() throws IOException {
    List<String> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(Path.of("benchmarks", "LABELS.md"))) {
      if (line.startsWith("| dataset | upstream label |")) {
        inTable = true;
      } else if (inTable && line.startsWith("|---")) {
        continue;
      } else if (inTable && line.startsWith("|")) {
        String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
        rows.add(String.join(" ; ", unquote(cells[1]), unquote(cells[2]), cells[3], cells[4]));
      } else {
        inTable = false;
      }
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.replace("`", "");
  }

  private static String codeRow(Labels.Row r) {
    TreeSet<String> cats = new TreeSet<>();
    r.mapping().categories().forEach(c -> cats.add(c.id()));
    return String.join(
        " ; ", r.dataset(), r.label(), r.mapping().toxic() ? "yes" : "no", cats.isEmpty() ? "—" : String.join(", ", cats));
  }

  @Test
  void markdownTableAndCodeAgreeRowForRow() throws IOException {
    assertThat(markdownRows()).containsExactlyElementsOf(Labels.rows().stream().map(LabelsTest::codeRow).toList());
  }

  @Test
  void lookupIgnoresCaseAndNamesKnownLabelsWhenUnknown() {
    assertThat(Labels.of("locked-issues", "Identity Attack/Name-Calling").categories())
        .containsExactlyInAnyOrder(Category.IDENTITY_ATTACK, Category.INSULT);
    assertThatThrownBy(() -> Labels.of("davidson", "3")).hasMessageContaining("[0, 1, 2]");
  }

  @Test
  void everyDatasetButUserJsonlHasLabels() {
    for (DatasetSpec d : Datasets.all()) {
      if (!d.name().equals("jsonl")) {
        assertThat(Labels.rows()).as(d.name()).anyMatch(r -> r.dataset().equals(d.name()));
      }
    }
  }
}
