package dev.comity.bench;

import com.google.common.base.Preconditions;

/**
 * Confusion counts of a yes/no decision and the rates derived from them. A rate whose denominator is zero (precision
 * with no positive prediction, recall with no positive example) is {@code NaN}, shown as "n/a", never a made-up 0 or 1.
 *
 * @param truePositives predicted yes, gold yes
 * @param falsePositives predicted yes, gold no
 * @param falseNegatives predicted no, gold yes
 * @param trueNegatives predicted no, gold no
 */
public record BinaryMetrics(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {
  public BinaryMetrics {
    Preconditions.checkArgument(
        truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0 && trueNegatives >= 0,
        "negative count");
  }

  /** Counts the decisions {@code predicted[i]} against {@code gold[i]}. */
  public static BinaryMetrics of(boolean[] predicted, boolean[] gold) {
    Preconditions.checkArgument(predicted.length == gold.length, "%s predictions for %s labels",
        predicted.length, gold.length);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i]) {
        if (gold[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (gold[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryMetrics(tp, fp, fn, tn);
  }

  /** Number of decisions counted. */
  public long total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  /** Gold positives. */
  public long positives() {
    return truePositives + falseNegatives;
  }

  /** tp / (tp + fp). */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** tp / (tp + fn). */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** 2 tp / (2 tp + fp + fn), the harmonic mean of precision and recall. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /** fp / (fp + tn): the share of civil texts flagged. */
  public double falsePositiveRate() {
    return ratio(falsePositives, falsePositives + trueNegatives);
  }

  private static double ratio(long num, long den) {
    return den == 0 ? Double.NaN : (double) num / den;
  }
}
