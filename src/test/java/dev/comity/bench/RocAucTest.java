package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RocAucTest {
  @Test
  void countsOrderedPairsWithTiesAsHalf() {
    double[] scores = {0.9, 0.8, 0.8, 0.3, 0.1};
    boolean[] labels = {true, false, true, false, true};
    // positives 0.9, 0.8, 0.1; negatives 0.8, 0.3. Pairs (pos, neg):
    // 0.9>0.8 1, 0.9>0.3 1, 0.8=0.8 0.5, 0.8>0.3 1, 0.1<0.8 0, 0.1<0.3 0 -> 3.5 of 6
    assertThat(RocAuc.of(scores, labels)).isEqualTo(3.5 / 6);
  }

  @Test
  void perfectAndInvertedRankings() {
    assertThat(RocAuc.of(new double[] {0.1, 0.2, 0.7}, new boolean[] {false, false, true})).isEqualTo(1.0);
    assertThat(RocAuc.of(new double[] {0.9, 0.2, 0.1}, new boolean[] {false, true, true})).isEqualTo(0.0);
  }

  @Test
  void allScoresTiedGiveOneHalf() {
    assertThat(RocAuc.of(new double[] {0, 0, 0, 0}, new boolean[] {true, false, false, true})).isEqualTo(0.5);
  }

  @Test
  void undefinedWithoutBothClasses() {
    assertThat(RocAuc.of(new double[] {0.3, 0.4}, new boolean[] {true, true})).isNaN();
    assertThat(RocAuc.of(new double[] {}, new boolean[] {})).isNaN();
  }

  @Test
  void aNanScoreIsRefusedRatherThanRanked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RocAuc.of(new double[] {0.2, Double.NaN, 0.7}, new boolean[] {true, false, true}))
        .withMessage("score 1 is NaN");
  }
}
