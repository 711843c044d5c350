package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
  @Test
  void countsAndRatesFromDecisions() {
    boolean[] predicted = {true, true, true, false, false, false, true};
    boolean[] gold = {true, true, false, true, false, false, false};
    BinaryMetrics m = BinaryMetrics.of(predicted, gold);
    // tp: 0,1 = 2; fp: 2,6 = 2; fn: 3 = 1; tn: 4,5 = 2
    assertThat(m).isEqualTo(new BinaryMetrics(2, 2, 1, 2));
    assertThat(m.precision()).isEqualTo(0.5); // 2 / (2 + 2)
    assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-12)); // 2 / (2 + 1)
    assertThat(m.f1()).isCloseTo(4.0 / 7, within(1e-12)); // 2*2 / (2*2 + 2 + 1)
    assertThat(m.falsePositiveRate()).isEqualTo(0.5); // 2 / (2 + 2)
    assertThat(m.total()).isEqualTo(7);
    assertThat(m.positives()).isEqualTo(3);
  }

  @Test
  void undefinedRatesAreNaNNotZero() {
    BinaryMetrics noPredictions = new BinaryMetrics(0, 0, 3, 5);
    assertThat(noPredictions.precision()).isNaN();
    assertThat(noPredictions.recall()).isEqualTo(0.0);
    BinaryMetrics noPositives = new BinaryMetrics(0, 1, 0, 4);
    assertThat(noPositives.recall()).isNaN();
    assertThat(noPositives.f1()).isEqualTo(0.0); // 0 / (0 + 1 + 0)
    assertThat(new BinaryMetrics(0, 0, 0, 4).f1()).isNaN();
  }
}
