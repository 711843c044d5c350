package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Committed baselines ({@code benchmarks/baselines/<suite>.json}: metric key to value) and the {@code --check}
 * comparison. Only metrics with a direction are stored and checked; a metric absent from this run (its dataset is
 * missing) is reported, not failed.
 */
final class Baselines {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Baselines() {}

  /** Writes this run's checkable metrics in baseline form, ready to be copied to benchmarks/baselines/. */
  static void write(Path file, SuiteResult r) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("suite", r.suite.name());
    TreeMap<String, Double> sorted = new TreeMap<>();
    for (Metric m : r.metrics) {
      if (m.direction() != Metric.Direction.INFO && !Double.isNaN(m.value())) {
        sorted.put(m.key(), round(m.value()));
      }
    }
    ObjectNode metrics = root.putObject("metrics");
    sorted.forEach(metrics::put);
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writeValueAsString(root) + "\n");
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  /** The baseline of a suite from {@code dir}, else the one bundled in the jar; empty when there is none. */
  static Optional<JsonNode> load(Optional<Path> dir, String suite) throws IOException {
    if (dir.isPresent()) {
      Path file = dir.get().resolve(suite + ".json");
      return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }
    try (InputStream in = Baselines.class.getResourceAsStream("/dev/comity/bench/baselines/" + suite + ".json")) {
      return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
    }
  }

  /**
   * Compares a run with its baseline.
   *
   * @param lines receives one line per regression, per unmeasured metric and a summary
   * @return the number of regressions
   */
  static int check(SuiteResult r, JsonNode baseline, List<String> lines) {
    double tol = r.suite.tolerance();
    int regressions = 0;
    int compared = 0;
    List<String> missing = new ArrayList<>();
    for (var it = baseline.path("metrics").fields(); it.hasNext(); ) {
      var e = it.next();
      Optional<Metric> now = r.metrics.stream().filter(m -> m.key().equals(e.getKey())).findFirst();
      if (now.isEmpty() || Double.isNaN(now.get().value())) {
        missing.add(e.getKey());
        continue;
      }
      compared++;
      double base = e.getValue().asDouble();
      double v = round(now.get().value()); // compared as stored, so a rerun equals its own baseline
      boolean worse = now.get().direction() == Metric.Direction.HIGHER ? v < base - tol
          : now.get().direction() == Metric.Direction.LOWER && v > base + tol;
      if (worse) {
        regressions++;
        lines.add(String.format(Locale.ROOT, "REGRESSION %s %s: %.4f, baseline %.4f, tolerance %.4f",
            r.suite.name(), e.getKey(), v, base, tol));
      }
    }
    if (!missing.isEmpty()) {
      lines.add(r.suite.name() + ": " + missing.size() + " baseline metrics not measured in this run (missing data),"
          + " e.g. " + missing.get(0));
    }
    lines.add(String.format(Locale.ROOT, "%s: %d metrics compared, %d regressions (tolerance %.3f)",
        r.suite.name(), compared, regressions, tol));
    return regressions;
  }
}
