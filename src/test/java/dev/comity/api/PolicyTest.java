package dev.comity.api;

import static dev.comity.api.FindingTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {

  @Test
  void oneSureHighFindingIsAViolation() {
    Policy p = Policy.defaults();
    var scores = p.scores(List.of(finding("en/insult/idiot", Category.INSULT, Severity.HIGH, 0.95, 8, "idiot")));
    assertThat(scores.get(Category.INSULT)).isCloseTo(0.855, within(1e-9));
    assertThat(p.verdict(scores)).isEqualTo(Verdict.VIOLATION);
  }

  @Test
  void weakFindingsAddUpWithoutExceedingOne() {
    Policy p = Policy.defaults();
    List<Finding> findings = List.of(
        finding("a", Category.FRUSTRATION, Severity.LOW, 0.8, 0, "ugh"),
        finding("b", Category.FRUSTRATION, Severity.LOW, 0.8, 4, "sigh"),
        finding("c", Category.FRUSTRATION, Severity.LOW, 0.8, 9, "meh"));
    double single = p.scores(findings.subList(0, 1)).get(Category.FRUSTRATION);
    double all = p.scores(findings).get(Category.FRUSTRATION);
    assertThat(single).isEqualTo(0.28);
    assertThat(p.verdict(p.scores(findings.subList(0, 1)))).isEqualTo(Verdict.OK);
    assertThat(all).isEqualTo(0.6268);
    assertThat(p.verdict(p.scores(findings))).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void lowSeverityAloneStaysOk() {
    Policy p = Policy.defaults();
    var scores = p.scores(List.of(finding("r", Category.INSULT, Severity.LOW, 0.95, 0, "idiot")));
    assertThat(p.verdict(scores)).isEqualTo(Verdict.OK);
  }

  @Test
  void perCategoryThresholdsDecideTheVerdict() {
    Policy strictThreats = Policy.builder().thresholds(Category.THREAT, 0.1, 0.2).build();
    var scores = strictThreats.scores(List.of(finding("t", Category.THREAT, Severity.LOW, 0.6, 0, "watch out")));
    assertThat(strictThreats.verdict(scores)).isEqualTo(Verdict.VIOLATION);
    assertThat(Policy.defaults().verdict(scores)).isEqualTo(Verdict.OK);
  }

  @Test
  void disabledRulesAndPrefixesDropFindings() {
    Policy p = Policy.builder().disable("en/profanity/").disable("en/insult/moron").build();
    assertThat(p.apply(finding("en/profanity/damn", Category.PROFANITY, Severity.LOW, 1, 0, "x"))).isNull();
    assertThat(p.apply(finding("en/insult/moron", Category.INSULT, Severity.LOW, 1, 0, "x"))).isNull();
    assertThat(p.apply(finding("en/insult/idiot", Category.INSULT, Severity.LOW, 1, 0, "x"))).isNotNull();
    assertThat(p.isDisabled("en/profanity")).isFalse();
  }

  @Test
  void exactSeverityOverrideBeatsPrefix() {
    Policy p = Policy.builder()
        .severity("en/insult/", Severity.LOW)
        .severity("en/insult/idiot", Severity.MEDIUM)
        .build();
    assertThat(p.apply(finding("en/insult/idiot", Category.INSULT, Severity.HIGH, 1, 0, "x")).severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(p.apply(finding("en/insult/moron", Category.INSULT, Severity.HIGH, 1, 0, "x")).severity())
        .isEqualTo(Severity.LOW);
  }

  @Test
  void invalidThresholdsAreAllListed() {
    assertThatThrownBy(() -> Policy.builder()
            .thresholds(Category.INSULT, 0.9, 0.5)
            .thresholds(Category.THREAT, 0.0, 0.5)
            .disable(" ")
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("insult: thresholds")
        .hasMessageContaining("threat: thresholds")
        .hasMessageContaining("disabled rule with an empty id");
  }
}
