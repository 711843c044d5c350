package dev.comity.bench;

import java.util.List;

/**
 * Data of one chart in the HTML report: lines (x, y series) or bars (one value per label and series).
 *
 * @param labels bar labels; empty for a line chart
 */
record Chart(String title, String xLabel, String yLabel, List<String> labels, List<Series> series) {
  /** One line (x and y of equal length) or one bar series (y per label, x unused). */
  record Series(String name, double[] x, double[] y) {}

  boolean bars() {
    return !labels.isEmpty();
  }
}
