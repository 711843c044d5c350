package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Policy;
import dev.comity.api.Report;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.api.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static Example example(String text, boolean toxic, Set<Category> cats, List<Span> spans) {
    return new Example("t", text, text, toxic, cats, Optional.of(spans), text);
  }

  private static Report report(String text, Verdict verdict, double insultScore, Span... spans) {
    List<Finding> findings = java.util.Arrays.stream(spans)
        .map(s -> new Finding("t/insult/x", "test", Category.INSULT, Severity.HIGH, 1.0, Target.PERSON, s,
            s.coveredText(text), "insult"))
        .toList();
    Map<Category, Double> cats = insultScore > 0 ? Map.of(Category.INSULT, insultScore) : Map.of();
    return new Report(Optional.empty(), verdict, insultScore, cats, findings, false, List.of(), Map.of());
  }

  @Test
  void scoresMessagesCategoriesAndSpansAsTheSuiteReportsThem() {
    String a = "you idiot";
    String b = "fine patch";
    String c = "what a moron";
    List<Example> examples = List.of(
        example(a, true, Set.of(Category.INSULT), List.of(new Span(4, 9))),
        example(b, false, Set.of(), List.of()),
        example(c, true, Set.of(Category.INSULT), List.of(new Span(7, 12))));
    List<Report> reports = List.of(
        report(a, Verdict.VIOLATION, 0.9, new Span(0, 9)),
        report(b, Verdict.REVIEW, 0.6, new Span(0, 4)),
        report(c, Verdict.OK, 0.0));
    Evaluation ev = Evaluation.of(examples, reports, Policy.defaults());
    // flagged: a (tp), b (fp); c missed (fn)
    assertThat(ev.toxic()).isEqualTo(new BinaryMetrics(1, 1, 1, 0));
    // scores: positives 0.9 and 0.0, negative 0.6: pairs (0.9 > 0.6) = 1, (0.0 < 0.6) = 0 -> AUC 1/2
    assertThat(ev.rocAuc()).isEqualTo(0.5);
    // span F1: a predicted 9 chars, gold 5, overlap 5 -> 10/14; b empty gold, non-empty prediction -> 0;
    // c gold 5, empty prediction -> 0; mean = (10/14) / 3
    assertThat(ev.spanF1()).isCloseTo(10.0 / 14 / 3, within(1e-12));
    assertThat(ev.spanPosts()).isEqualTo(3);
    // toxic posts only: a and c -> (10/14 + 0) / 2
    assertThat(ev.toxicSpanF1()).isCloseTo(10.0 / 14 / 2, within(1e-12));
    // insult: scores 0.9 (gold), 0.6 (not gold), 0 (gold); review threshold 0.5 -> tp 1, fp 1, fn 1
    assertThat(ev.categories()).containsOnlyKeys(Category.INSULT);
    assertThat(ev.categories().get(Category.INSULT)).isEqualTo(new BinaryMetrics(1, 1, 1, 0));
    assertThat(ev.categoryAuc().get(Category.INSULT)).isEqualTo(0.5);
  }
}
