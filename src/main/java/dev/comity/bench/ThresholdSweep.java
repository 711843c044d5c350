package dev.comity.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Precision, recall and false-positive rate at every distinct score used as a threshold (predict yes when score >=
 * threshold), from the highest threshold down: the points of a precision-recall curve and of a threshold chart.
 */
public final class ThresholdSweep {
  /** The decision at one threshold. */
  public record Point(double threshold, BinaryMetrics metrics) {}

  private ThresholdSweep() {}

  /**
   * One point per distinct score, thresholds descending; empty when there are no scores.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
   */
  public static List<Point> of(double[] scores, boolean[] labels) {
    RocAuc.check(scores, labels);
    int n = scores.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    long positives = 0;
    for (boolean l : labels) {
      positives += l ? 1 : 0;
    }
    long negatives = n - positives;
    List<Point> points = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < n; ) {
      double threshold = scores[order[i]];
      while (i < n && scores[order[i]] == threshold) {
        if (labels[order[i]]) {
          tp++;
        } else {
          fp++;
        }
        i++;
      }
      points.add(new Point(threshold, new BinaryMetrics(tp, fp, positives - tp, negatives - fp)));
    }
    return points;
  }
}
