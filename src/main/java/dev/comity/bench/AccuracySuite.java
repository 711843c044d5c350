package dev.comity.bench;

import dev.comity.api.Category;
import dev.comity.api.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Message precision/recall/F1/ROC-AUC, per category, and official span F1 on every dataset of the suite, with
 * precision-recall curves and threshold sweeps for the charts.
 */
final class AccuracySuite {
  private AccuracySuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException {
    Table messages = result.table("Message level (toxic = verdict at least review)",
        "dataset", "examples", "toxic", "precision", "recall", "F1", "ROC-AUC", "FP rate", "span F1 (posts)",
        "span F1, toxic posts");
    Table categories = result.table("Per category (gold = mapped categories, see LABELS.md)",
        "dataset", "category", "gold", "precision", "recall", "F1", "ROC-AUC");
    List<Chart.Series> pr = new ArrayList<>();
    List<Chart.Series> sweep = new ArrayList<>();
    Map<Category, List<Chart.Series>> categoryPr = new EnumMap<>(Category.class);
    for (String spec : suite.datasets()) {
      Optional<List<Example>> read = ctx.read(suite, spec, result);
      if (read.isEmpty()) {
        continue;
      }
      List<Example> examples = read.get();
      ctx.log().println("  " + spec + ": scoring " + examples.size() + " examples");
      List<Report> reports = ctx.scoring().check(ctx.moderator(), examples.stream().map(Example::text).toList());
      Evaluation ev = Evaluation.of(examples, reports, ctx.moderator().policy());
      BinaryMetrics t = ev.toxic();
      messages.row(spec, ev.examples(), t.positives(), t.precision(), t.recall(), t.f1(), ev.rocAuc(),
          t.falsePositiveRate(),
          Double.isNaN(ev.spanF1()) ? "" : Table.format(ev.spanF1()) + " (" + ev.spanPosts() + ")",
          Double.isNaN(ev.toxicSpanF1()) ? "" : Table.format(ev.toxicSpanF1()));
      addBinary(result, spec + "/toxic", t, ev.rocAuc());
      if (!Double.isNaN(ev.spanF1())) {
        result.metrics.add(Metric.higher(spec + "/span_f1", ev.spanF1()));
        result.metrics.add(Metric.higher(spec + "/span_f1_toxic", ev.toxicSpanF1()));
      }
      ev.categories().forEach((c, m) -> {
        double auc = ev.categoryAuc().get(c);
        categories.row(spec, c.id(), m.positives(), m.precision(), m.recall(), m.f1(), auc);
        addBinary(result, spec + "/" + c.id(), m, auc);
        double[] s = new double[examples.size()];
        boolean[] g = new boolean[examples.size()];
        for (int i = 0; i < s.length; i++) {
          s[i] = Scoring.categoryScore(reports.get(i), c);
          g[i] = examples.get(i).categories().contains(c);
        }
        categoryPr.computeIfAbsent(c, k -> new ArrayList<>()).add(prSeries(spec, ThresholdSweep.of(s, g)));
      });
      double[] s = reports.stream().mapToDouble(Report::score).toArray();
      boolean[] g = new boolean[examples.size()];
      for (int i = 0; i < g.length; i++) {
        g[i] = examples.get(i).toxic();
      }
      List<ThresholdSweep.Point> points = ThresholdSweep.of(s, g);
      pr.add(prSeries(spec, points));
      sweep.add(new Chart.Series(spec + " F1",
          points.stream().mapToDouble(ThresholdSweep.Point::threshold).toArray(),
          points.stream().mapToDouble(p -> nanToZero(p.metrics().f1())).toArray()));
    }
    if (!pr.isEmpty()) {
      result.charts.add(new Chart("Precision-recall, toxic vs not (report score as threshold)", "recall", "precision",
          List.of(), pr));
      result.charts.add(new Chart("Threshold sweep: F1 of 'score >= threshold'", "threshold", "F1", List.of(), sweep));
    }
    categoryPr.forEach((c, series) -> result.charts.add(
        new Chart("Precision-recall, category " + c.id(), "recall", "precision", List.of(), series)));
  }

  static void addBinary(SuiteResult result, String key, BinaryMetrics m, double auc) {
    result.metrics.add(Metric.higher(key + "/precision", m.precision()));
    result.metrics.add(Metric.higher(key + "/recall", m.recall()));
    result.metrics.add(Metric.higher(key + "/f1", m.f1()));
    result.metrics.add(Metric.higher(key + "/roc_auc", auc));
  }

  private static Chart.Series prSeries(String name, List<ThresholdSweep.Point> points) {
    // thresholds at score 0 mean "flag everything": keep them, they anchor the curve at full recall
    return new Chart.Series(name,
        points.stream().mapToDouble(p -> nanToZero(p.metrics().recall())).toArray(),
        points.stream().mapToDouble(p -> nanToZero(p.metrics().precision())).toArray());
  }

  private static double nanToZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
