package dev.comity.model.span;

import java.util.Set;

/**
 * How a span model is trained. Immutable.
 *
 * @param algorithm the OpenNLP maxent trainer: {@code MAXENT} (GIS) or {@code MAXENT_QN} (L-BFGS); the tagger reads
 *     the model's log-odds, which a perceptron does not have
 * @param iterations training iterations
 * @param cutoff features seen fewer times than this are dropped
 * @param charNgrams whether words also contribute their character 4-grams as features
 * @param weightFolds the training texts are cut into this many folds, and each fold's words get toxicity weights
 *     learned from the other folds only, so the classifier learns how far to trust a weight on words it did not count
 * @param weightSmoothing pseudo-count pulling a rare word's toxicity weight towards the overall share of toxic words
 * @param threshold a word is marked when its probability reaches this value, in (0, 1]
 * @param relative and when it also reaches this share of the highest word probability of its text, in [0, 1)
 */
public record SpanTrainingParams(
    String algorithm, int iterations, int cutoff, boolean charNgrams, int weightFolds, double weightSmoothing,
    double threshold, double relative) {
  private static final Set<String> ALGORITHMS = Set.of("MAXENT", "MAXENT_QN");

  /** Validates the parameters. */
  public SpanTrainingParams {
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS + ": " + algorithm);
    }
    if (iterations < 1 || cutoff < 0 || weightFolds < 2 || !(weightSmoothing >= 0)) {
      throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, weightFolds >= 2 and weightSmoothing >= 0: "
          + iterations + ", " + cutoff + ", " + weightFolds + ", " + weightSmoothing);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (!(relative >= 0 && relative < 1)) {
      throw new IllegalArgumentException("relative threshold must be in [0, 1): " + relative);
    }
  }

  /** The parameters of the shipped model, chosen on a held-out slice of the Toxic Spans training split. */
  public static SpanTrainingParams defaults() {
    return new SpanTrainingParams("MAXENT", 15, 5, true, 5, 2.0, 0.15, 0.5);
  }

  /** A copy with another threshold: the threshold only changes tagging, so a trained model can be retuned. */
  public SpanTrainingParams withThreshold(double value) {
    return new SpanTrainingParams(algorithm, iterations, cutoff, charNgrams, weightFolds, weightSmoothing, value, relative);
  }
}
