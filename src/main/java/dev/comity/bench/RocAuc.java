package dev.comity.bench;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve as the Mann-Whitney U statistic: the probability that a random positive scores above a
 * random negative, ties counting one half (tied scores share their mean rank).
 */
public final class RocAuc {
  private RocAuc() {}

  /**
   * @return the AUC in [0, 1], or {@code NaN} when there is no positive or no negative example
   * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
   */
  public static double of(double[] scores, boolean[] labels) {
    check(scores, labels);
    int n = scores.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double positiveRankSum = 0;
    long positives = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && scores[order[j]] == scores[order[i]]) {
        j++;
      }
      double meanRank = (i + 1 + j) / 2.0; // ranks i+1..j share their mean
      for (int k = i; k < j; k++) {
        if (labels[order[k]]) {
          positiveRankSum += meanRank;
          positives++;
        }
      }
      i = j;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * One label per score, and no NaN score: NaN is unordered, so it has no rank and no threshold.
   *
   * @throws IllegalArgumentException naming the first NaN score
   */
  static void check(double[] scores, boolean[] labels) {
    Preconditions.checkArgument(scores.length == labels.length, "%s scores for %s labels",
        scores.length, labels.length);
    for (int i = 0; i < scores.length; i++) {
      Preconditions.checkArgument(!Double.isNaN(scores[i]), "score %s is NaN", i);
    }
  }
}
