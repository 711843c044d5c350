package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdSweepTest {
  @Test
  void onePointPerDistinctScoreFromTheTop() {
    double[] scores = {0.2, 0.9, 0.5, 0.5};
    boolean[] labels = {false, true, false, true};
    List<ThresholdSweep.Point> points = ThresholdSweep.of(scores, labels);
    assertThat(points).extracting(ThresholdSweep.Point::threshold).containsExactly(0.9, 0.5, 0.2);
    // >= 0.9: yes {0.9+}; tp 1 fp 0 fn 1 tn 2
    assertThat(points.get(0).metrics()).isEqualTo(new BinaryMetrics(1, 0, 1, 2));
    // >= 0.5: yes {0.9+, 0.5-, 0.5+}; tp 2 fp 1 fn 0 tn 1
    assertThat(points.get(1).metrics()).isEqualTo(new BinaryMetrics(2, 1, 0, 1));
    // >= 0.2: everything yes; tp 2 fp 2
    assertThat(points.get(2).metrics()).isEqualTo(new BinaryMetrics(2, 2, 0, 0));
  }

  @Test
  void noScoresNoPoints() {
    assertThat(ThresholdSweep.of(new double[0], new boolean[0])).isEmpty();
  }

  @Test
  void aNanScoreIsRefusedRatherThanRanked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThresholdSweep.of(new double[] {0.2, Double.NaN, 0.7}, new boolean[] {true, false, true}))
        .withMessage("score 1 is NaN");
  }
}
