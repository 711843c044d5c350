package dev.comity.model;

import java.util.List;
import java.util.Locale;

/**
 * How the message model is trained. Everything that changes the model's bytes is here, so that the manifest can
 * record it.
 *
 * @param algorithm OpenNLP trainer: {@code MAXENT_QN} (maximum entropy fitted by L-BFGS with OpenNLP's default L1 and
 *     L2 costs of 0.1: converges in a hundred iterations where GIS, {@code MAXENT}, barely moves on long messages),
 *     {@code MAXENT} or {@code PERCEPTRON}
 * @param iterations training iterations
 * @param cutoff features seen fewer times than this are dropped
 * @param seed seed of the split between the examples the model is fitted on and the calibration slice
 * @param calibrationFraction share of the example groups held back to fit the {@link Calibration}
 * @param outOfDomain datasets whose held-back examples do not take part in calibration, because their base rates are
 *     nothing like developer discussion (tweets collected for hate speech are mostly offensive), and whose gold spans
 *     do not train the span tagger (lower-cased, re-tokenized tweets); they still train the message model. When only
 *     such datasets are given, all examples calibrate.
 */
public record MessageTrainingParams(
    String algorithm, int iterations, int cutoff, long seed, double calibrationFraction, List<String> outOfDomain) {
  public MessageTrainingParams {
    outOfDomain = List.copyOf(outOfDomain);
    if (!List.of("MAXENT_QN", "MAXENT", "PERCEPTRON").contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be MAXENT_QN, MAXENT or PERCEPTRON, got " + algorithm);
    }
    if (iterations < 1 || cutoff < 0 || !(calibrationFraction > 0 && calibrationFraction < 1)) {
      throw new IllegalArgumentException("invalid message training parameters: " + describe(algorithm, iterations,
          cutoff, seed, calibrationFraction));
    }
  }

  /** The parameters of the shipped model. */
  public static MessageTrainingParams defaults() {
    return new MessageTrainingParams("MAXENT_QN", 100, 2, 20261122L, 0.2, List.of("davidson", "hatexplain"));
  }

  /** One line for manifests and cards. */
  public String describe() {
    return describe(algorithm, iterations, cutoff, seed, calibrationFraction) + " out-of-domain="
        + String.join(",", outOfDomain);
  }

  private static String describe(String algorithm, int iterations, int cutoff, long seed, double fraction) {
    return String.format(Locale.ROOT, "algorithm=%s iterations=%d cutoff=%d seed=%d calibration=%s", algorithm,
        iterations, cutoff, seed, fraction);
  }
}
