package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesTest {
  private static SuiteResult result(double f1, double fpr) throws IOException {
    Suite suite = Suite.parse("t", new ObjectMapper().readTree("{\"kind\":\"accuracy\",\"tolerance\":0.02}"));
    SuiteResult r = new SuiteResult(suite);
    r.metrics.add(Metric.higher("d:s/toxic/f1", f1));
    r.metrics.add(Metric.lower("d/fp_rate", fpr));
    r.metrics.add(Metric.info("scan/messages_per_s", 1000));
    return r;
  }

  @Test
  void dropsWithinToleranceAreFineBeyondAreRegressions(@TempDir Path dir) throws IOException {
    Baselines.write(dir.resolve("t.json"), result(0.50, 0.010));
    var base = Baselines.load(Optional.of(dir), "t").orElseThrow();
    assertThat(base.path("metrics").has("scan/messages_per_s")).isFalse();

    List<String> lines = new ArrayList<>();
    assertThat(Baselines.check(result(0.485, 0.025), base, lines)).isZero(); // 0.50 - 0.015, 0.010 + 0.015
    assertThat(Baselines.check(result(0.47, 0.010), base, lines)).isEqualTo(1); // F1 fell 0.03 > 0.02
    assertThat(Baselines.check(result(0.60, 0.040), base, lines)).isEqualTo(1); // FP rate rose 0.03
    assertThat(lines).anyMatch(l -> l.startsWith("REGRESSION t d/fp_rate: 0.0400, baseline 0.0100"));
  }

  @Test
  void aMetricNotMeasuredIsReportedNotFailed(@TempDir Path dir) throws IOException {
    Baselines.write(dir.resolve("t.json"), result(0.5, 0.01));
    SuiteResult partial = new SuiteResult(result(0, 0).suite);
    List<String> lines = new ArrayList<>();
    assertThat(Baselines.check(partial, Baselines.load(Optional.of(dir), "t").orElseThrow(), lines)).isZero();
    assertThat(lines).anyMatch(l -> l.contains("2 baseline metrics not measured"));
  }
}
