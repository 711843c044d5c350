package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.comity.api.Category;
import dev.comity.api.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ferreira et al. (JSS 2023) incivility in GitHub issue discussions, three layouts of one study:
 *
 * <ul>
 *   <li>{@code sentences}: {@code gh/civil.csv} then {@code gh/uncivil.csv}, one sentence per row ({@code quotation}),
 *       labeled by its type {@code quotation_tbdf} (which also decides civil/uncivil);
 *   <li>{@code context}: {@code context_gh/civil.csv} then {@code context_gh/uncivil.csv}: despite the folder's
 *       "comment level" name, {@code comment_body} holds one sentence (the previous comment is context, not text),
 *       labeled by {@code comment_code}; no types;
 *   <li>{@code comments}: {@code sentence_spans.jsonl}, whole comments with their labeled sentences located as
 *       code-point spans. Toxic when {@code codes} has "uncivil"; gold spans are the uncivil sentences, absent when an
 *       uncivil sentence could not be located ({@code unmatched}) because the gold would be incomplete.
 * </ul>
 *
 * The group is the issue ({@code issue_id} / {@code thread_id}); CSV ids are {@code file-row}.
 */
final class FerreiraReader {
  static final String NAME = "ferreira-github";

  private FerreiraReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    return switch (split) {
      case "sentences" -> csv(folder, "gh", "quotation", "quotation_tbdf");
      case "context" -> csv(folder, "context_gh", "comment_body", "comment_code");
      default -> comments(folder);
    };
  }

  private static List<Example> csv(Path folder, String dir, String textColumn, String labelColumn)
      throws IOException {
    List<Example> out = new ArrayList<>();
    for (String file : List.of("civil", "uncivil")) {
      for (CsvRows.Row row : CsvRows.read(folder.resolve(dir).resolve(file + ".csv"), ',')) {
        Labels.Mapping m = Labels.of(NAME, row.get(labelColumn), row);
        String id = dir + "/" + file + "-" + row.record().get(0);
        out.add(
            new Example(
                NAME, id, row.get(textColumn), m.toxic(), m.categories(), Optional.empty(), row.get("issue_id")));
      }
    }
    return out;
  }

  private static List<Example> comments(Path folder) throws IOException {
    List<Example> out = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(folder.resolve("sentence_spans.jsonl"))) {
      String text = line.text("text");
      boolean toxic = false;
      for (JsonNode code : line.array("codes")) {
        toxic |= Labels.of(NAME, code.asText().equals("uncivil") ? "uncivil" : "civil", line).toxic();
      }
      Set<Category> categories = EnumSet.noneOf(Category.class);
      List<Span> spans = new ArrayList<>();
      for (JsonNode s : line.array("spans")) {
        if (isUncivil(s, line, categories)) {
          if (!s.path("start").isInt() || !s.path("end").isInt()) {
            throw line.problem("span without integer start/end: " + s);
          }
          spans.add(Offsets.toUtf16(text, s.get("start").intValue(), s.get("end").intValue()));
        }
      }
      boolean complete = true;
      for (JsonNode s : line.array("unmatched")) {
        complete &= !isUncivil(s, line, categories);
      }
      out.add(
          new Example(
              NAME,
              line.text("id"),
              text,
              toxic,
              toxic ? categories : Set.of(),
              complete ? Optional.of(spans) : Optional.empty(),
              line.text("thread_id")));
    }
    return out;
  }

  /** Whether a labeled sentence is uncivil; adds its type's categories when it is. */
  private static boolean isUncivil(JsonNode sentence, Located where, Set<Category> categories)
      throws IOException {
    Labels.Mapping m = Labels.of(NAME, sentence.path("tbdf").asText(), where);
    boolean uncivil = Labels.of(NAME, sentence.path("civility").asText(), where).toxic();
    if (uncivil) {
      categories.addAll(m.categories());
    }
    return uncivil;
  }
}
