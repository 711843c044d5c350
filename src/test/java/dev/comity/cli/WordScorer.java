package dev.comity.cli;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only scorer that flags a few fixed words, so CLI tests have stable findings independent of the bundled
 * lexicons: {@code idiot} (insult, high, 0.95), {@code cancer} (dehumanizing, medium, 0.8) and {@code meh} (mocking,
 * low, 0.5), as whole words of the normalized text.
 */
final class WordScorer implements Scorer {
  private record Word(String word, Category category, Severity severity, double confidence, String message) {}

  private static final List<Word> WORDS =
      List.of(
          new Word("idiot", Category.INSULT, Severity.HIGH, 0.95, "Name-calling: calls someone an idiot."),
          new Word("cancer", Category.DEHUMANIZING, Severity.MEDIUM, 0.8, "Disease metaphor for people or work."),
          new Word("meh", Category.MOCKING, Severity.LOW, 0.5, "Dismissive shrug."));

  private static final ScorerInfo INFO = new ScorerInfo("words", "test-1", "flags a few fixed words");

  @Override
  public ScorerInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> score(ScoringContext context) {
    NormalizedText n = context.normalized();
    String s = n.text();
    List<Finding> findings = new ArrayList<>();
    for (Word w : WORDS) {
      for (int i = s.indexOf(w.word()); i >= 0; i = s.indexOf(w.word(), i + 1)) {
        int end = i + w.word().length();
        boolean whole = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
            && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
        if (whole) {
          Span span = n.toOriginal(i, end);
          findings.add(new Finding("test/" + w.category().id() + "/" + w.word(), INFO.id(), w.category(),
              w.severity(), w.confidence(), Target.PERSON, span, context.covered(span), w.message()));
        }
      }
    }
    return findings;
  }
}
