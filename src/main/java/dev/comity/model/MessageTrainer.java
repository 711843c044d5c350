package dev.comity.model;

import dev.comity.api.Category;
import dev.comity.bench.Example;
import dev.comity.bench.Split;
import dev.comity.bench.Splits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the {@link MessageModel}: splits the examples by group into a fitting part and a calibration slice, trains
 * the OpenNLP categorizer on the fitting part, and fits the {@link Calibration} on the slice against the lexicon scores.
 * Deterministic: single-threaded trainer, examples in the given order, a seeded split.
 *
 * <p>A civil example is one {@link MessageModel#NONE} sample; an uncivil one is one sample per mapped category (so a
 * message that both mocks and insults teaches both), or one {@link MessageModel#UNCIVIL} sample when its labels map to
 * no category (binary datasets). Datasets without a single civil example (Toxic Spans: all toxic by selection) are
 * left out of the message model: they would teach it their domain, not incivility. They still train the span tagger.
 */
final class MessageTrainer {
  private MessageTrainer() {}

  /** A trained model, its deterministic bytes, and how well calibrated it is on the slice. */
  record Result(MessageModel model, byte[] doccatBytes, List<String> calibrationReport) {}

  /**
   * @param lexicon per-category lexicon scores of a text, indexed by category ordinal
   */
  static Result train(List<Example> examples, MessageTrainingParams params, Function<String, double[]> lexicon)
      throws IOException {
    Split split = Splits.byGroup(examples, params.seed(), params.calibrationFraction());
    Set<String> withCivil = new HashSet<>();
    examples.stream().filter(e -> !e.toxic()).forEach(e -> withCivil.add(e.dataset()));
    List<DocumentSample> samples = new ArrayList<>();
    for (Example e : split.train()) {
      if (!withCivil.contains(e.dataset())) {
        continue;
      }
      String[] tokens = tokens(e.text());
      if (!e.toxic()) {
        samples.add(new DocumentSample(MessageModel.NONE, tokens));
      } else if (e.categories().isEmpty()) {
        samples.add(new DocumentSample(MessageModel.UNCIVIL, tokens));
      } else {
        e.categories().stream().sorted().forEach(c -> samples.add(new DocumentSample(c.id(), tokens)));
      }
    }
    if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs both civil and uncivil examples from a dataset that has"
          + " both; got " + samples.size() + " samples of at most one kind");
    }
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, params.algorithm());
    tp.put(TrainingParameters.ITERATIONS_PARAM, params.iterations());
    tp.put(TrainingParameters.CUTOFF_PARAM, params.cutoff());
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatModel fitted =
        DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), tp,
            new DoccatFactory(new FeatureGenerator[] {new MessageFeatures()}));
    // Round trip through the stable bytes, so the model in hand is exactly the one that is written.
    byte[] bytes = MessageModel.serialize(fitted);
    DoccatModel doccat = MessageModel.deserialize(new ByteArrayInputStream(bytes));
    MessageModel uncalibrated = new MessageModel(doccat, new Calibration(Map.of()));

    List<Example> slice = split.heldOut().stream()
        .filter(e -> withCivil.contains(e.dataset()) && !params.outOfDomain().contains(e.dataset()))
        .toList();
    if (slice.isEmpty()) {
      slice = split.heldOut();
    }
    Map<Category, List<Calibration.Point>> points = new EnumMap<>(Category.class);
    for (Example e : slice) {
      double[] p = uncalibrated.probabilities(tokens(e.text()));
      double[] lex = lexicon.apply(e.text());
      for (Category c : Category.values()) {
        if (uncalibrated.knows(c) && knownFor(e, uncalibrated)) {
          points.computeIfAbsent(c, k -> new ArrayList<>())
              .add(new Calibration.Point(p[c.ordinal()], lex[c.ordinal()], positive(e, c, uncalibrated)));
        }
      }
    }
    Map<Category, double[]> fittedParams = new EnumMap<>(Category.class);
    points.forEach((c, pts) -> {
      double[] ab = Calibration.fit(pts);
      if (ab != null) {
        fittedParams.put(c, ab);
      }
    });
    Calibration calibration = new Calibration(fittedParams);
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "%-16s %6s %5s %-22s %-22s", "category", "n", "pos",
        "Brier raw/calibrated", "ECE raw/calibrated"));
    points.forEach((c, pts) -> report.add(calibrationLine(c, pts, calibration)));
    return new Result(new MessageModel(doccat, calibration), bytes, report);
  }

  /**
   * Whether {@code e} says which categories it has: an uncivil example of a binary dataset (too-heated PRs, STRUDEL)
   * may well be of any category, so counting it as a negative would teach the calibration that the model's confidence
   * means nothing.
   */
  static boolean knownFor(Example e, MessageModel model) {
    return !e.toxic() || !e.categories().isEmpty() || !model.hasCategories();
  }

  /**
   * Whether {@code e} counts as having {@code c} for calibration: it is labeled with it, or it is uncivil without
   * categories and {@code c} is the category a binary model reports.
   */
  private static boolean positive(Example e, Category c, MessageModel model) {
    return e.toxic() && (e.categories().contains(c)
        || e.categories().isEmpty() && !model.hasCategories() && c == MessageModel.BINARY_CATEGORY);
  }

  /** The token array the categorizer sees for a raw text: its normalized prose. */
  static String[] tokens(String text) {
    ProseTokens t = ProseTokens.of(Prose.of(text));
    return MessageFeatures.tokens(t, 0, t.size);
  }

  /**
   * Brier score and expected calibration error (10 equal-width bins) of the combined category score, before
   * calibration ({@code 1 - (1 - lexicon)(1 - p)}) and after ({@code p} replaced by the calibrated weight).
   */
  private static String calibrationLine(Category c, List<Calibration.Point> pts, Calibration calibration) {
    double[] raw = new double[pts.size()];
    double[] cal = new double[pts.size()];
    boolean[] y = new boolean[pts.size()];
    int positives = 0;
    for (int i = 0; i < pts.size(); i++) {
      Calibration.Point pt = pts.get(i);
      raw[i] = 1 - (1 - pt.lexicon()) * (1 - pt.p());
      cal[i] = 1 - (1 - pt.lexicon()) * (1 - calibration.weight(c, pt.p()));
      y[i] = pt.positive();
      positives += y[i] ? 1 : 0;
    }
    return String.format(Locale.ROOT, "%-16s %6d %5d %.4f / %.4f        %.4f / %.4f", c.id(), pts.size(), positives,
        brier(raw, y), brier(cal, y), ece(raw, y), ece(cal, y));
  }

  static double brier(double[] s, boolean[] y) {
    double sum = 0;
    for (int i = 0; i < s.length; i++) {
      double d = s[i] - (y[i] ? 1 : 0);
      sum += d * d;
    }
    return s.length == 0 ? 0 : sum / s.length;
  }

  static double ece(double[] s, boolean[] y) {
    int bins = 10;
    double[] sum = new double[bins];
    double[] hits = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < s.length; i++) {
      int b = Math.min(bins - 1, (int) (s[i] * bins));
      sum[b] += s[i];
      hits[b] += y[i] ? 1 : 0;
      count[b]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        ece += Math.abs(sum[b] - hits[b]) / s.length;
      }
    }
    return ece;
  }
}
