package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.comity.FuzzText;
import dev.comity.api.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzz target for the lexicon parser, compiler and formatter. Under surefire it replays the committed
 * corpus in {@code LexiconFuzzTestInputs/parse/}; with {@code JAZZER_FUZZ=1} it fuzzes (README "Fuzzing").
 */
class LexiconFuzzTest {
  private static final Path FILE = Path.of("fuzz.lex");
  /** The bundled classes ({@code you}, {@code copula}, ...), as the linter lends them to user lexicons. */
  private static final List<Lexicon> CLASSES = LexiconSources.parse(
          LexiconSources.bundled(new ArrayList<>()), new ArrayList<>()).stream()
      .filter(l -> !l.classes().isEmpty())
      .toList();

  /**
   * Any file content parses without throwing, every problem points into the file, a usable lexicon compiles and scores
   * its own text with exact spans, and formatting is idempotent.
   */
  @FuzzTest
  void parse(byte[] data) {
    String content = FuzzText.decode(data);
    LexiconParser.Result result = LexiconParser.parse(FILE, content);
    String[] lines = LexiconParser.lines(content);
    for (LexiconProblem p : result.problems()) {
      assertThat(p.line()).as("%s", p).isBetween(1, Math.max(1, lines.length));
      assertThat(p.column()).as("%s", p).isLessThanOrEqualTo(lines.length == 0 ? 1 : lines[p.line() - 1].length() + 1);
    }
    if (result.lexicon().isPresent()) {
      List<LexiconProblem> problems = new ArrayList<>();
      CompiledLexicons compiled = CompiledLexicons.compile(List.of(result.lexicon().get()), CLASSES, problems);
      LexiconScorer scorer = new LexiconScorer(compiled);
      for (Finding f : scorer.score(TestLexicons.context(content))) {
        assertThat(f.span().coveredText(content)).isEqualTo(f.text());
      }
    }
    String formatted = LexiconFormatter.format(content);
    assertThat(LexiconFormatter.format(formatted)).as("formatting is idempotent").isEqualTo(formatted);
  }
}
