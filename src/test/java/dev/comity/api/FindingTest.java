package dev.comity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {

  static Finding finding(String rule, Category category, Severity severity, double confidence, int start, String text) {
    return new Finding(rule, "test", category, severity, confidence, Target.PERSON,
        new Span(start, start + text.length()), text, "test finding");
  }

  @Test
  void weightIsSeverityTimesConfidence() {
    Finding f = finding("en/insult/idiot", Category.INSULT, Severity.HIGH, 0.5, 0, "idiot");
    assertThat(f.weight()).isEqualTo(0.45);
  }

  @Test
  void rejectsTextThatDoesNotFitItsSpan() {
    assertThatThrownBy(() -> new Finding("r", "test", Category.INSULT, Severity.LOW, 1.0, Target.UNKNOWN,
            new Span(0, 3), "idiot", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 5");
  }

  @Test
  void rejectsConfidenceOutsideUnitInterval() {
    assertThatThrownBy(() -> finding("r", Category.INSULT, Severity.LOW, 1.5, 0, "x"))
        .hasMessageContaining("outside [0, 1]");
    assertThatThrownBy(() -> finding("r", Category.INSULT, Severity.LOW, Double.NaN, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void derivedCopiesChangeOneField() {
    Finding f = finding("r", Category.PROFANITY, Severity.HIGH, 0.9, 0, "damn");
    assertThat(f.withSeverity(Severity.LOW)).isEqualTo(
        new Finding("r", "test", Category.PROFANITY, Severity.LOW, 0.9, Target.PERSON, new Span(0, 4), "damn",
            "test finding"));
    assertThat(f.withTarget(Target.SELF).target()).isEqualTo(Target.SELF);
  }

  @Test
  void enumIdsRoundTrip() {
    for (Category c : Category.values()) {
      assertThat(Category.fromId(c.id())).isSameAs(c);
    }
    assertThat(Category.CALL_TO_ACTION.id()).isEqualTo("call_to_action");
    assertThat(Severity.fromId("medium")).isSameAs(Severity.MEDIUM);
    assertThat(Target.fromId("self")).isSameAs(Target.SELF);
    assertThat(Verdict.fromId("violation")).isSameAs(Verdict.VIOLATION);
    assertThatThrownBy(() -> Category.fromId("rude")).hasMessageContaining("insult, profanity");
  }
}
