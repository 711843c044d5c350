package dev.comity.bench;

import dev.comity.api.Report;
import dev.comity.api.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Recall on perturbed toxic messages as a share of recall on the same messages clean, per {@link Perturbation}. The
 * perturbed words are those the gold spans cover when the dataset has spans, else those the clean run's findings
 * cover: the words a filter has to catch. Messages with neither are left out (there is nothing to evade).
 */
final class RobustnessSuite {
  private static final long SEED = 20210805;

  private RobustnessSuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException {
    Table table = result.table("Recall on perturbed toxic messages, relative to clean",
        "dataset", "perturbation", "messages", "clean recall", "perturbed recall", "relative");
    List<String> labels = new ArrayList<>();
    List<Chart.Series> bars = new ArrayList<>();
    for (Perturbation p : Perturbation.values()) {
      labels.add(p.id());
    }
    for (String spec : suite.datasets()) {
      Optional<List<Example>> read = ctx.read(suite, spec, result);
      if (read.isEmpty()) {
        continue;
      }
      List<Example> toxic = read.get().stream().filter(Example::toxic).toList();
      List<Report> clean = ctx.scoring().check(ctx.moderator(), toxic.stream().map(Example::text).toList());
      List<String> texts = new ArrayList<>();
      List<List<Span>> targets = new ArrayList<>();
      boolean[] cleanHit = new boolean[toxic.size()];
      int kept = 0;
      for (int i = 0; i < toxic.size(); i++) {
        Example e = toxic.get(i);
        List<Span> target = e.spans().filter(s -> !s.isEmpty()).orElse(Scoring.spans(clean.get(i)));
        if (target.isEmpty()) {
          continue;
        }
        texts.add(e.text());
        targets.add(target);
        cleanHit[kept++] = Scoring.flagged(clean.get(i));
      }
      double cleanRecall = share(cleanHit, kept);
      ctx.log().println("  " + spec + ": " + kept + " toxic messages with words to perturb");
      double[] relative = new double[Perturbation.values().length];
      for (Perturbation p : Perturbation.values()) {
        List<String> perturbed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          perturbed.add(perturb(texts.get(i), targets.get(i), p, new Random(SEED + i)));
        }
        List<Report> reports = ctx.scoring().check(ctx.moderator(), perturbed);
        boolean[] hit = new boolean[kept];
        for (int i = 0; i < kept; i++) {
          hit[i] = Scoring.flagged(reports.get(i));
        }
        double recall = share(hit, kept);
        double rel = cleanRecall == 0 ? Double.NaN : recall / cleanRecall;
        relative[p.ordinal()] = Double.isNaN(rel) ? 0 : rel;
        table.row(spec, p.id(), kept, cleanRecall, recall, rel);
        result.metrics.add(Metric.higher(spec + "/" + p.id() + "/relative_recall", rel));
      }
      result.metrics.add(Metric.info(spec + "/clean_recall", cleanRecall));
      bars.add(new Chart.Series(spec, new double[0], relative));
    }
    if (!bars.isEmpty()) {
      result.charts.add(new Chart("Recall under evasion, as a share of clean recall", "perturbation",
          "perturbed / clean recall", labels, bars));
    }
  }

  /** Rewrites every letter run that overlaps a target span. */
  static String perturb(String text, List<Span> targets, Perturbation p, Random random) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      Span w = new Span(i, end);
      boolean target = targets.stream().anyMatch(w::overlaps);
      out.append(target && word.length() > 1 ? p.apply(word, random) : word);
      i = end;
    }
    return out.toString();
  }

  private static double share(boolean[] hits, int n) {
    int c = 0;
    for (int i = 0; i < n; i++) {
      c += hits[i] ? 1 : 0;
    }
    return n == 0 ? Double.NaN : (double) c / n;
  }
}
