package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.comity.api.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  /** Points whose true probability of being positive is sigmoid(0.5 logit(p) - 1), lexicon silent. */
  private static List<Calibration.Point> overconfident(long seed) {
    Random random = new Random(seed);
    List<Calibration.Point> out = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double p = random.nextDouble();
      double truth = Calibration.sigmoid(0.5 * Calibration.logit(p) - 1);
      out.add(new Calibration.Point(p, 0.0, random.nextDouble() < truth));
    }
    return out;
  }

  @Test
  void fitRecoversTheScalingOfAnOverconfidentModel() {
    double[] ab = Calibration.fit(overconfident(1));

    assertThat(ab[0]).isCloseTo(0.5, within(0.05));
    assertThat(ab[1]).isCloseTo(-1.0, within(0.1));
  }

  @Test
  void fitIsDeterministic() {
    assertThat(Calibration.fit(overconfident(2))).containsExactly(Calibration.fit(overconfident(2)));
  }

  @Test
  void whereTheLexiconIsSureTheModelNeedsToAddLittle() {
    List<Calibration.Point> points = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 5_000; i++) {
      boolean positive = random.nextBoolean();
      // The lexicon already says 0.9 on every positive; the model says 0.9 too.
      points.add(new Calibration.Point(positive ? 0.9 : 0.1, positive ? 0.9 : 0.0, positive));
    }
    Calibration c = new Calibration(Map.of(Category.MOCKING, Calibration.fit(points)));

    assertThat(1 - 0.1 * (1 - c.weight(Category.MOCKING, 0.9))).isGreaterThan(0.95);
    assertThat(c.weight(Category.MOCKING, 0.1)).isLessThan(0.05);
  }

  @Test
  void tooFewPositivesLeaveTheCategoryUncalibratedAndSilent() {
    List<Calibration.Point> points = List.of(new Calibration.Point(0.9, 0, true), new Calibration.Point(0.1, 0, false));

    assertThat(Calibration.fit(points)).isNull();
    assertThat(new Calibration(Map.of()).weight(Category.THREAT, 0.99)).isZero();
  }

  @Test
  void writeAndReadRoundTrip() {
    Calibration c = new Calibration(Map.of(Category.INSULT, new double[] {0.123456789, -2.5}));

    assertThat(Calibration.read(c.write(), "x").write()).isEqualTo(c.write());
  }
}
