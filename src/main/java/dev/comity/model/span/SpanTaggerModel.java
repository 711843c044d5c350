package dev.comity.model.span;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * A trained span tagger: the OpenNLP word classifier, the learned word toxicity weights and the marking threshold.
 * Immutable and thread-safe; create one {@link SpanTagger} per thread with {@link #newTagger()}.
 */
public final class SpanTaggerModel {
  private static final int MAGIC = 0x436d5370; // "CmSp"
  private static final int FORMAT = 2;
  static final String INSIDE = "T";
  static final String OUTSIDE = "F";

  private final AbstractModel classifier;
  private final WordWeights weights;
  private final boolean charNgrams;
  private final double threshold;
  private final double relative;
  private final int inside;
  private final Map<String, Context> parameters;
  /** The words that open the gate: see {@link #mayMark}. */
  private final Gate gate;

  SpanTaggerModel(
      AbstractModel classifier, WordWeights weights, boolean charNgrams, double threshold, double relative) {
    this.classifier = requireNonNull(classifier, "classifier");
    this.weights = requireNonNull(weights, "weights");
    this.charNgrams = charNgrams;
    this.threshold = threshold;
    this.relative = relative;
    this.inside = classifier.getIndex(INSIDE);
    @SuppressWarnings("unchecked")
    Map<String, Context> parameters = (Map<String, Context>) classifier.getDataStructures()[1];
    this.parameters = parameters;
    this.gate = new Gate(weights.keysAtLeast(GATE_WEIGHT, GATE_SEEN, GATE_LENGTH));
  }

  /**
   * A word opens the gate when at least this share of its training occurrences (smoothed) lay inside gold spans. Chosen
   * with {@link #GATE_SEEN} for the best span F1 of the gated tagger on a held-out fifth of the Toxic Spans training
   * posts among the settings that let through no more R-devel mail than the previous gate (0.4 and 5) did: asking for
   * more occurrences keeps out rare words whose weight is noise, which pays for a lower weight (see the model card).
   */
  static final double GATE_WEIGHT = 0.3;
  /** ... and the word was seen this many times: rarer words' weights are too noisy to gate on. */
  static final int GATE_SEEN = 8;
  /**
   * ... and has this many characters: shorter keys ({@code f} of {@code f***}, {@code st}) are mostly variable names,
   * abbreviations and the R constant {@code F} in developer mail.
   */
  static final int GATE_LENGTH = 3;

  /**
   * Whether the tagger may mark anything in {@code normalized} (text already normalized, as {@link
   * dev.comity.text.Normalizer} writes it): whether it has a word that annotators marked in at least {@link
   * #GATE_WEIGHT} of its training occurrences. One hash lookup per word and no allocation, so callers can skip both
   * the tagger and costlier models on the bulk of civil text.
   */
  public boolean mayMark(CharSequence normalized) {
    return gate.opens(normalized);
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException on a read error or when the bytes are not a span model of a known format
   */
  public static SpanTaggerModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("not a Comity span model");
    }
    int format = data.readInt();
    if (format != FORMAT) {
      throw new IOException("span model format " + format + " is not supported (this version reads " + FORMAT + ")");
    }
    boolean charNgrams = data.readBoolean();
    double threshold = data.readDouble();
    double relative = data.readDouble();
    WordWeights weights = WordWeights.read(data);
    byte[] classifier = new byte[data.readInt()];
    data.readFully(classifier);
    AbstractModel model =
        new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(classifier))).getModel();
    if (model.getNumOutcomes() != 2 || model.getIndex(INSIDE) < 0 || model.getIndex(OUTSIDE) < 0
        || model.getModelType() == AbstractModel.ModelType.Perceptron
        || model.getModelType() == AbstractModel.ModelType.NaiveBayes) {
      throw new IOException("span model classifier must be a maxent model with outcomes " + INSIDE + " and " + OUTSIDE);
    }
    return new SpanTaggerModel(model, weights, charNgrams, threshold, relative);
  }

  /** Writes the model; the same model always gives the same bytes. Does not close {@code out}. */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream classifierBytes = new ByteArrayOutputStream();
    new GenericModelWriter(classifier, new DataOutputStream(classifierBytes)).persist();
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeBoolean(charNgrams);
    data.writeDouble(threshold);
    data.writeDouble(relative);
    weights.write(data);
    data.writeInt(classifierBytes.size());
    classifierBytes.writeTo(data);
    data.flush();
  }

  /** The probability at which a word is marked. */
  public double threshold() {
    return threshold;
  }

  /** The share of a text's highest word probability that a word must also reach to be marked, in [0, 1). */
  public double relative() {
    return relative;
  }

  /** A tagger with this model's thresholds that returns no span when no word reaches them. Not thread-safe. */
  public SpanTagger newTagger() {
    return new SpanTagger(this, threshold, relative, false);
  }

  /**
   * A tagger with its own threshold and floor, and this model's relative threshold. Not thread-safe.
   *
   * @param threshold probability at which a word is marked, in (0, 1]
   * @param atLeastOne when no word reaches the threshold, mark the single most probable word anyway: for callers that
   *     run the tagger only on messages another model already judged inflammatory, so that such a message always
   *     shows the reader where to look
   */
  public SpanTagger newTagger(double threshold, boolean atLeastOne) {
    return newTagger(threshold, relative, atLeastOne);
  }

  /**
   * A tagger with its own thresholds and floor. Not thread-safe.
   *
   * @param threshold probability at which a word is marked, in (0, 1]
   * @param relative a word is marked only when its probability also reaches this share of the text's highest word
   *     probability, in [0, 1): annotators mark the worst words of a post, not every mildly rude one
   * @param atLeastOne as in {@link #newTagger(double, boolean)}
   */
  public SpanTagger newTagger(double threshold, double relative, boolean atLeastOne) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (!(relative >= 0 && relative < 1)) {
      throw new IllegalArgumentException("relative threshold must be in [0, 1): " + relative);
    }
    return new SpanTagger(this, threshold, relative, atLeastOne);
  }

  /** Probability that the word with these features lies inside a span, as OpenNLP computes it. */
  double probability(String[] context) {
    return classifier.eval(context)[inside];
  }

  /**
   * How much a feature moves the log-odds of "inside": a maxent model with two outcomes and a uniform prior gives
   * {@code P(inside) = 1 / (1 + exp(-sum of margins))}, so the tagger can add margins it has cached per word instead of
   * looking up every feature string of every word.
   */
  double margin(String feature) {
    Context c = parameters.get(feature);
    if (c == null) {
      return 0;
    }
    double margin = 0;
    int[] outcomes = c.getOutcomes();
    double[] values = c.getParameters();
    for (int k = 0; k < outcomes.length; k++) {
      margin += outcomes[k] == inside ? values[k] : -values[k];
    }
    return margin;
  }

  WordWeights weights() {
    return weights;
  }

  SpanFeatures features() {
    return new SpanFeatures(charNgrams);
  }
}
