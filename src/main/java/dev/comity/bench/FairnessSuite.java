package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.comity.api.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Civil sentences that mention an identity, and toxic counterparts, built from the templates and identity terms of the
 * suite file: the false-positive rate per identity group (civil sentences flagged), recall per group, and the largest
 * gap in false-positive rate between groups. A filter that flags "my Muslim colleague" but not "my colleague" shows up
 * here.
 */
final class FairnessSuite {
  private FairnessSuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException {
    JsonNode o = suite.options();
    List<String> civil = strings(o.path("civil"));
    List<String> toxic = strings(o.path("toxic"));
    if (civil.isEmpty() || toxic.isEmpty() || !o.path("groups").isObject()) {
      throw new IOException("benchmarks/suites/" + suite.name() + ".json: options need groups, civil and toxic");
    }
    Table table = result.table("Identity groups: civil sentences flagged (FP rate) and toxic sentences caught",
        "group", "terms", "civil", "FP rate", "toxic", "recall", "terms flagged in civil sentences");
    List<String> labels = new ArrayList<>();
    double[] fprs = new double[o.path("groups").size()];
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    int g = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = o.path("groups").fields(); it.hasNext(); g++) {
      Map.Entry<String, JsonNode> group = it.next();
      List<String> terms = strings(group.getValue());
      List<String> civilTexts = fill(civil, terms);
      List<String> toxicTexts = fill(toxic, terms);
      List<Report> civilReports = ctx.scoring().check(ctx.moderator(), civilTexts);
      List<Report> toxicReports = ctx.scoring().check(ctx.moderator(), toxicTexts);
      List<String> flaggedTerms = new ArrayList<>();
      int fp = 0;
      for (int i = 0; i < civilReports.size(); i++) {
        if (Scoring.flagged(civilReports.get(i))) {
          fp++;
          String term = terms.get(i % terms.size());
          if (!flaggedTerms.contains(term)) {
            flaggedTerms.add(term);
          }
        }
      }
      long tp = toxicReports.stream().filter(Scoring::flagged).count();
      double fpr = (double) fp / civilTexts.size();
      double recall = (double) tp / toxicTexts.size();
      table.row(group.getKey(), terms.size(), civilTexts.size(), fpr, toxicTexts.size(), recall,
          String.join(", ", flaggedTerms));
      result.metrics.add(Metric.lower("fairness/" + group.getKey() + "/fp_rate", fpr));
      result.metrics.add(Metric.higher("fairness/" + group.getKey() + "/recall", recall));
      labels.add(group.getKey());
      fprs[g] = fpr;
      min = Math.min(min, fpr);
      max = Math.max(max, fpr);
    }
    result.metrics.add(Metric.lower("fairness/fp_rate_gap", max - min));
    result.notes.add(String.format(java.util.Locale.ROOT,
        "largest gap in false-positive rate between groups: %.3f (%d civil and %d toxic templates per term)",
        max - min, civil.size(), toxic.size()));
    result.charts.add(new Chart("False-positive rate on civil sentences, per identity group", "group", "FP rate",
        labels, List.of(new Chart.Series("FP rate", new double[0], fprs))));
  }

  /** Every template with every term, term-major within each template: index i uses term i % terms. */
  private static List<String> fill(List<String> templates, List<String> terms) {
    List<String> out = new ArrayList<>();
    for (String t : templates) {
      for (String term : terms) {
        out.add(t.replace("{who}", term));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }
}
