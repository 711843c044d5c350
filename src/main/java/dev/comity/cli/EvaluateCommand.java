package dev.comity.cli;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.Span;
import dev.comity.api.Verdict;
import dev.comity.bench.BinaryMetrics;
import dev.comity.bench.Example;
import dev.comity.bench.RocAuc;
import dev.comity.bench.SpanF1;
import dev.comity.model.SpanModels;
import dev.comity.model.span.SpanTagger;
import dev.comity.model.span.SpanTaggerModel;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code comity evaluate}: runs the default pipeline (lexicons and models) and the lexicons alone over labeled data,
 * and prints message-level, per-category and span metrics for each source.
 */
@Command(
    name = "evaluate",
    description = {
      "Scores labeled datasets with the default pipeline and with the lexicons alone, and prints precision, recall,"
          + " F1 and ROC-AUC per source and category, and span F1 where the data has gold spans."
    })
final class EvaluateCommand implements java.util.concurrent.Callable<Integer> {
  /** Sources evaluated when no {@code --include} is given (those present in the data directory). */
  static final List<String> DEFAULT_SOURCES =
      List.of("toxic-spans:trial", "toxispanse", "locked-issues", "strudel:comments", "ferreira-github:comments");

  private final CliContext context;

  @Mixin private DataSelection selection;

  @Option(
      names = "--model",
      paramLabel = "MODELDIR",
      description = "Models written by 'comity train' (default: the ones shipped with Comity).")
  private Path model;

  EvaluateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
    Moderator full = context.moderators().get().models(model).build();
    Moderator lexicon = context.moderators().get().disableScorer("model").build();
    Optional<SpanTaggerModel> spanModel = SpanModels.of(model);
    List<String> sources = selection.sources(DEFAULT_SOURCES, context.stderr());
    out.println("models: " + (model == null ? "shipped" : model) + "; scorers: " + full.scorers().stream()
        .map(s -> s.id() + " " + s.version()).collect(Collectors.joining(", ")));
    for (Map.Entry<String, List<Example>> e : selection.read(sources, true).entrySet()) {
      List<Example> examples = e.getValue();
      Report[] withModel = score(full, examples);
      Report[] lexiconOnly = score(lexicon, examples);
      long positives = examples.stream().filter(Example::toxic).count();
      out.printf(Locale.ROOT, "%n== %s: %d messages, %d uncivil%s%n", e.getKey(), examples.size(), positives,
          selection.holdout > 0 ? " (held-out " + selection.holdout + ", seed " + selection.holdoutSeed + ")" : "");
      out.printf(Locale.ROOT, "%-34s %7s %7s %7s %7s%n", "message level", "P", "R", "F1", "AUC");
      message(out, "default, verdict review or worse", examples, withModel, r -> r.verdict() != Verdict.OK);
      message(out, "default, any finding", examples, withModel, r -> !r.findings().isEmpty());
      message(out, "lexicons only, verdict review+", examples, lexiconOnly, r -> r.verdict() != Verdict.OK);
      message(out, "lexicons only, any finding", examples, lexiconOnly, r -> !r.findings().isEmpty());
      spans(out, examples, withModel, lexiconOnly);
      spanModel.ifPresent(m -> spanModelAlone(out, examples, m));
      categories(out, examples, withModel);
    }
    out.flush();
    return 0;
  }

  private static Report[] score(Moderator moderator, List<Example> examples) {
    Report[] reports = new Report[examples.size()];
    IntStream.range(0, reports.length).parallel().forEach(i -> reports[i] = moderator.check(examples.get(i).text()));
    return reports;
  }

  private static void message(PrintWriter out, String label, List<Example> examples, Report[] reports,
      Predicate<Report> flagged) {
    boolean[] predicted = new boolean[reports.length];
    boolean[] gold = new boolean[reports.length];
    double[] scores = new double[reports.length];
    for (int i = 0; i < reports.length; i++) {
      predicted[i] = flagged.test(reports[i]);
      gold[i] = examples.get(i).toxic();
      scores[i] = reports[i].score();
    }
    BinaryMetrics m = BinaryMetrics.of(predicted, gold);
    out.printf(Locale.ROOT, "%-34s %7s %7s %7s %7s%n", label, rate(m.precision()), rate(m.recall()), rate(m.f1()),
        rate(RocAuc.of(scores, gold)));
  }

  /** Mean SemEval span F1 over the uncivil messages that have gold spans; predicted spans are all findings' spans. */
  private static void spans(PrintWriter out, List<Example> examples, Report[] withModel, Report[] lexiconOnly) {
    double model = 0;
    double lexicon = 0;
    int n = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (e.toxic() && e.spans().isPresent()) {
        model += SpanF1.post(e.text(), spansOf(withModel[i]), e.spans().get());
        lexicon += SpanF1.post(e.text(), spansOf(lexiconOnly[i]), e.spans().get());
        n++;
      }
    }
    if (n > 0) {
      out.printf(Locale.ROOT, "span F1 over %d uncivil messages with gold spans: default %.3f, lexicons only %.3f%n",
          n, model / n, lexicon / n);
    }
  }

  /**
   * The same span F1 for the span tagger alone, at its own thresholds over the whole text: the figure comparable with
   * span models such as the SemEval-2021 Task 5 systems, where the pipeline's adds the lexicons and the gate.
   */
  private static void spanModelAlone(PrintWriter out, List<Example> examples, SpanTaggerModel model) {
    ThreadLocal<SpanTagger> taggers = ThreadLocal.withInitial(model::newTagger);
    double[] f1 = new double[examples.size()];
    boolean[] counted = new boolean[examples.size()];
    IntStream.range(0, examples.size()).parallel().forEach(i -> {
      Example e = examples.get(i);
      if (e.toxic() && e.spans().isPresent()) {
        List<Span> predicted = taggers.get().tag(e.text(), 0, e.text().length()).stream()
            .map(t -> new Span(t.start(), t.end()))
            .toList();
        f1[i] = SpanF1.post(e.text(), predicted, e.spans().get());
        counted[i] = true;
      }
    });
    double sum = 0;
    int n = 0;
    for (int i = 0; i < f1.length; i++) {
      if (counted[i]) {
        sum += f1[i];
        n++;
      }
    }
    if (n > 0) {
      out.printf(Locale.ROOT, "span F1 of the span model alone (its own thresholds, whole text): %.3f%n", sum / n);
    }
  }

  private static List<Span> spansOf(Report r) {
    return r.findings().stream().map(Finding::span).toList();
  }

  /** Per category with gold examples: a category is predicted when the report has a finding of it. */
  private static void categories(PrintWriter out, List<Example> examples, Report[] reports) {
    boolean header = false;
    for (Category c : Category.values()) {
      boolean[] gold = new boolean[reports.length];
      boolean[] predicted = new boolean[reports.length];
      double[] scores = new double[reports.length];
      int positives = 0;
      for (int i = 0; i < reports.length; i++) {
        gold[i] = examples.get(i).toxic() && examples.get(i).categories().contains(c);
        positives += gold[i] ? 1 : 0;
        scores[i] = reports[i].categories().getOrDefault(c, 0.0);
        predicted[i] = scores[i] > 0;
      }
      if (positives == 0) {
        continue;
      }
      if (!header) {
        out.printf(Locale.ROOT, "%-16s %6s %7s %7s %7s %7s   (default pipeline; predicted = a finding of it)%n",
            "category", "gold", "P", "R", "F1", "AUC");
        header = true;
      }
      BinaryMetrics m = BinaryMetrics.of(predicted, gold);
      out.printf(Locale.ROOT, "%-16s %6d %7s %7s %7s %7s%n", c.id(), positives, rate(m.precision()),
          rate(m.recall()), rate(m.f1()), rate(RocAuc.of(scores, gold)));
    }
  }

  /**
   * A rate to three places, or "n/a" when it is undefined: precision without a positive prediction, ROC-AUC when the
   * gold has one class only (Toxic Spans: every post is toxic).
   */
  private static String rate(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
