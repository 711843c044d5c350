package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.comity.FuzzText;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;

/**
 * Coverage-guided fuzz target for the shipped model scorer on its own (lexicons off, strict, so that an exception in
 * the scorer fails the target). {@link FuzzText} spells insults among its pieces, so inputs get past the gate into the
 * message model and the span tagger. Under surefire it replays the committed corpus in
 * {@code ModelFuzzTestInputs/score/}; with {@code JAZZER_FUZZ=1} it fuzzes (README "Fuzzing").
 */
class ModelFuzzTest {
  private static final Moderator MODELS = Moderator.builder().disableScorer("lexicon").strict(true).build();

  /**
   * Any text: the model scorer does not throw, its findings are {@code model/} rules whose spans lie on whole code
   * points and cover their text, weights are in range, and scoring the same text again gives the same report (no state
   * carried from one message to the next in the per-thread OpenNLP objects).
   */
  @FuzzTest
  void score(byte[] data) {
    String text = FuzzText.decode(data);
    Report report = MODELS.check(text);
    for (Finding f : report.findings()) {
      assertThat(f.rule()).startsWith("model/");
      assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(f.span().coveredText(text)).isEqualTo(f.text()).isNotBlank();
      assertThat(splitsPair(text, f.span().start()) || splitsPair(text, f.span().end())).isFalse();
      assertThat(f.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(report.score()).isBetween(0.0, 1.0);
    assertThat(MODELS.check(text)).isEqualTo(report);
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
  }
}
