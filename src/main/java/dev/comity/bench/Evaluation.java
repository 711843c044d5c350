package dev.comity.bench;

import com.google.common.base.Preconditions;
import dev.comity.api.Category;
import dev.comity.api.Policy;
import dev.comity.api.Report;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a moderator's reports score against one dataset's gold labels: the numbers of the accuracy suite, public so that
 * any command evaluating a model prints the same figures. Immutable.
 *
 * <p>A message is predicted toxic when its verdict reaches review; its ROC-AUC score is the report's score. For a
 * category, the prediction is the category score reaching the policy's review threshold for it, the gold is the
 * category being in the example's mapped categories, and only categories that occur in the gold are evaluated. Span F1
 * is the official SemEval-2021 Task 5 mean over the examples that have gold spans ({@code NaN} when none has); as
 * civil posts with empty gold score 1 whenever nothing is predicted, it is also given over the toxic posts alone.
 *
 * @param examples number of examples
 * @param toxic message-level decision against the dataset's binary label
 * @param rocAuc ROC-AUC of the report score against the binary label
 * @param spanF1 mean per-post span F1, or {@code NaN}
 * @param spanPosts examples with gold spans
 * @param toxicSpanF1 mean per-post span F1 over the toxic examples with gold spans, or {@code NaN}
 * @param categories per category present in the gold
 * @param categoryAuc ROC-AUC of the category score, per category present in the gold
 */
public record Evaluation(
    int examples, BinaryMetrics toxic, double rocAuc, double spanF1, int spanPosts, double toxicSpanF1,
    Map<Category, BinaryMetrics> categories, Map<Category, Double> categoryAuc) {

  public Evaluation {
    categories = Collections.unmodifiableMap(new EnumMap<>(categories));
    categoryAuc = Collections.unmodifiableMap(new EnumMap<>(categoryAuc));
  }

  /** Scores {@code reports[i]} against {@code examples[i]}. */
  public static Evaluation of(List<Example> examples, List<Report> reports, Policy policy) {
    Preconditions.checkArgument(examples.size() == reports.size(), "%s examples, %s reports",
        examples.size(), reports.size());
    int n = examples.size();
    boolean[] gold = new boolean[n];
    boolean[] predicted = new boolean[n];
    double[] scores = new double[n];
    double spanSum = 0;
    int spanPosts = 0;
    double toxicSpanSum = 0;
    int toxicSpanPosts = 0;
    EnumMap<Category, Boolean> present = new EnumMap<>(Category.class);
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      Report r = reports.get(i);
      gold[i] = e.toxic();
      predicted[i] = Scoring.flagged(r);
      scores[i] = r.score();
      if (e.spans().isPresent()) {
        double f1 = SpanF1.post(e.text(), Scoring.spans(r), e.spans().get());
        spanSum += f1;
        spanPosts++;
        if (e.toxic()) {
          toxicSpanSum += f1;
          toxicSpanPosts++;
        }
      }
      e.categories().forEach(c -> present.put(c, true));
    }
    EnumMap<Category, BinaryMetrics> perCategory = new EnumMap<>(Category.class);
    EnumMap<Category, Double> perCategoryAuc = new EnumMap<>(Category.class);
    for (Category c : present.keySet()) {
      boolean[] g = new boolean[n];
      boolean[] p = new boolean[n];
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        g[i] = examples.get(i).categories().contains(c);
        s[i] = Scoring.categoryScore(reports.get(i), c);
        p[i] = s[i] > 0 && s[i] >= policy.reviewThreshold(c);
      }
      perCategory.put(c, BinaryMetrics.of(p, g));
      perCategoryAuc.put(c, RocAuc.of(s, g));
    }
    return new Evaluation(n, BinaryMetrics.of(predicted, gold), RocAuc.of(scores, gold),
        spanPosts == 0 ? Double.NaN : spanSum / spanPosts, spanPosts,
        toxicSpanPosts == 0 ? Double.NaN : toxicSpanSum / toxicSpanPosts, perCategory, perCategoryAuc);
  }
}
