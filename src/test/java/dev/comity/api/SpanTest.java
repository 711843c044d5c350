package dev.comity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void coversHalfOpenRange() {
    Span span = new Span(8, 13);
    assertThat(span.coveredText("Only an idiot would merge this")).isEqualTo("idiot");
    assertThat(span.length()).isEqualTo(5);
    assertThat(span.contains(8)).isTrue();
    assertThat(span.contains(13)).isFalse();
  }

  @Test
  void rejectsNegativeStartAndReversedEnds() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("[5, 4)");
  }

  @Test
  void touchingSpansDoNotOverlap() {
    assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
    assertThat(new Span(0, 6).overlaps(new Span(5, 9))).isTrue();
    assertThat(new Span(0, 9).contains(new Span(5, 9))).isTrue();
  }

  @Test
  void ordersByStartThenEnd() {
    assertThat(new Span(1, 3)).isLessThan(new Span(2, 3)).isLessThan(new Span(2, 4));
  }
}
