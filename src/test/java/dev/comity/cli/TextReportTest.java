package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Report;
import dev.comity.api.ScorerFailure;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.api.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String render(String text, int start, int end) {
    Finding f = new Finding("r/x", "s", Category.INSULT, Severity.HIGH, 1.0, Target.PERSON, new Span(start, end),
        text.substring(start, end), "msg");
    Report report = new Report(Optional.empty(), Verdict.VIOLATION, 0.9, Map.of(Category.INSULT, 0.9), List.of(f),
        false, List.of(), Map.of());
    StringBuilder out = new StringBuilder();
    new TextReport(false).render(out, null, text, report);
    return out.toString();
  }

  /** The excerpt and caret lines of the first finding. */
  private static List<String> excerpt(String text, int start, int end) {
    return render(text, start, end).lines().skip(1).limit(2).toList();
  }

  @Test
  void countsLinesAndCodePointColumnsFromOne() {
    assertThat(render("ab\n\uD83D\uDE00 idiot", 6, 11)).startsWith("2:3  high  insult/person  r/x  msg\n");
  }

  @Test
  void expandsTabsToTheNextMultipleOfEight() {
    assertThat(excerpt("a\tidiot", 2, 7)).containsExactly("  a       idiot", "          ^^^^^");
  }

  @Test
  void givesWideCharactersTwoColumns() {
    assertThat(excerpt("漢字 idiot", 3, 8)).containsExactly("  漢字 idiot", "       ^^^^^");
  }

  @Test
  void underlinesWideCharactersWithTwoCaretsEach() {
    assertThat(excerpt("a 馬鹿 b", 2, 4)).containsExactly("  a 馬鹿 b", "    ^^^^");
  }

  @Test
  void givesCombiningMarksNoColumn() {
    assertThat(excerpt("cafe\u0301 idiot", 6, 11)).containsExactly("  cafe\u0301 idiot", "       ^^^^^");
  }

  @Test
  void showsControlAndInvisibleCharactersAsReplacementCharacters() {
    assertThat(excerpt("\u001b[31mid\u200Biot", 5, 11)).containsExactly("  \uFFFD[31mid\uFFFDiot", "       ^^^^^^");
  }

  @Test
  void dropsTheCarriageReturnOfCrlfLines() {
    assertThat(excerpt("x idiot\r\nnext", 2, 7)).containsExactly("  x idiot", "    ^^^^^");
  }

  @Test
  void underlinesAMultiLineSpanToTheEndOfItsFirstLine() {
    assertThat(excerpt("an id\niot", 3, 9)).containsExactly("  an id", "     ^^");
  }

  @Test
  void pointsAtAnEmptySpan() {
    assertThat(excerpt("abc", 1, 1)).containsExactly("  abc", "   ^");
  }

  @Test
  void showsAWindowAroundTheFindingOnALongLine() {
    String text = "x".repeat(200) + " idiot " + "y".repeat(200);

    List<String> lines = excerpt(text, 201, 206);

    assertThat(lines.get(0)).isEqualTo("  \u2026" + "x".repeat(29) + " idiot " + "y".repeat(64) + "\u2026");
    assertThat(lines.get(1)).isEqualTo(" ".repeat(33) + "^^^^^");
  }

  @Test
  void listsFailuresAndSaysWhenTruncated() {
    Report report = new Report(Optional.empty(), Verdict.OK, 0.0, Map.of(), List.of(), true,
        List.of(new ScorerFailure("model", "java.lang.IllegalStateException: boom")), Map.of());
    StringBuilder out = new StringBuilder();

    new TextReport(false).render(out, "header", "text", report);

    assertThat(out.toString()).isEqualTo("== header\nerror  model  java.lang.IllegalStateException: boom\n"
        + "verdict: ok (score 0.0) \u2014 no findings, 1 failure, truncated\n");
  }

  @Test
  void coloursSeverityCaretsAndVerdictOnlyWhenAsked() {
    Report report = new Report(Optional.empty(), Verdict.OK, 0.0, Map.of(), List.of(), false, List.of(), Map.of());
    StringBuilder plain = new StringBuilder();
    StringBuilder colour = new StringBuilder();

    new TextReport(false).render(plain, null, "", report);
    new TextReport(true).render(colour, null, "", report);

    assertThat(plain.toString()).isEqualTo("verdict: ok (score 0.0) \u2014 no findings\n");
    assertThat(colour.toString()).isEqualTo("verdict: \u001b[32mok\u001b[0m (score 0.0) \u2014 no findings\n");
  }
}
