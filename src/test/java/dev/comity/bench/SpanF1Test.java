package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.comity.api.Span;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanF1Test {
  private static BitSet set(int... offsets) {
    BitSet b = new BitSet();
    for (int o : offsets) {
      b.set(o);
    }
    return b;
  }

  @Test
  void partialOverlapIsTwiceTheIntersectionOverTheSizes() {
    // predicted {1,2,3,4}, gold {3,4,5,6,7,8}: |P∩G| = 2, F1 = 2*2 / (4 + 6) = 0.4
    assertThat(SpanF1.offsets(set(1, 2, 3, 4), set(3, 4, 5, 6, 7, 8))).isEqualTo(0.4);
  }

  @Test
  void emptyGoldScoresOneOnlyForAnEmptyPrediction() {
    assertThat(SpanF1.offsets(set(), set())).isEqualTo(1.0);
    assertThat(SpanF1.offsets(set(0), set())).isEqualTo(0.0);
  }

  @Test
  void emptyPredictionAgainstGoldScoresZero() {
    assertThat(SpanF1.offsets(set(), set(5, 6))).isEqualTo(0.0);
  }

  @Test
  void exactMatchScoresOneAndDisjointScoresZero() {
    assertThat(SpanF1.offsets(set(2, 3), set(2, 3))).isEqualTo(1.0);
    assertThat(SpanF1.offsets(set(0, 1), set(2, 3))).isEqualTo(0.0);
  }

  @Test
  void spansCountCodePointsAsTheOfficialScorerDoes() {
    String text = "ok 🎉🎉 you moron";
    // UTF-16: "ok " 0-2, emoji 3-4 and 5-6, " " 7, "you" 8-10, " " 11, "moron" 12-16
    // code points: emoji at 3 and 4, "moron" at 10..14
    // gold "moron" = 5 code points; predicted "🎉🎉 you moron" = 2 + 1 + 3 + 1 + 5 = 12 code points
    // F1 = 2*5 / (12 + 5) = 10/17 (it would be 10/19 if each emoji counted twice)
    double f1 = SpanF1.post(text, List.of(new Span(3, 17)), List.of(new Span(12, 17)));
    assertThat(f1).isCloseTo(10.0 / 17, within(1e-12));
  }

  @Test
  void overlappingPredictedSpansCountEachCharacterOnce() {
    String text = "what an idiot";
    // predicted [5,13) and [8,13) cover offsets 5..12 = 8 chars; gold [8,13) = 5 chars; F1 = 2*5/(8+5) = 10/13
    double f1 = SpanF1.post(text, List.of(new Span(5, 13), new Span(8, 13)), List.of(new Span(8, 13)));
    assertThat(f1).isCloseTo(10.0 / 13, within(1e-12));
  }

  @Test
  void aSpanThatCutsAnEmojiCoversTheEmojiNotTheNextLetter() {
    String text = "😀ab";
    // [1, 2) is the emoji's second half: code point 0, not "a" (code point 1, UTF-16 [2, 3))
    assertThat(SpanF1.post(text, List.of(new Span(1, 2)), List.of(new Span(2, 3)))).isZero();
    assertThat(SpanF1.post(text, List.of(new Span(1, 2)), List.of(new Span(0, 2)))).isEqualTo(1.0);
    // [2, 3) is "a" whole; [0, 1) ends inside the emoji and covers it
    assertThat(SpanF1.post(text, List.of(new Span(0, 1)), List.of(new Span(0, 2)))).isEqualTo(1.0);
  }
}
