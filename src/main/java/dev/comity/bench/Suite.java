package dev.comity.bench;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A suite definition, read from {@code benchmarks/suites/<name>.json} (bundled in the jar): what it measures ({@code
 * kind}), on which {@code dataset:split}s, which training sets (cross-domain), the absolute tolerance of {@code --check}
 * and kind-specific options.
 *
 * @param datasets {@code dataset:split} to evaluate on, in report order
 * @param train {@code dataset:split} to train on (cross-domain only)
 * @param tolerance how far a checked metric may fall (or, for lower-is-better metrics, rise) below its baseline
 */
record Suite(
    String name, Kind kind, String description, List<String> datasets, List<String> train, double tolerance,
    JsonNode options) {

  /** What a suite measures; each kind has one runner. */
  enum Kind {
    ACCURACY, CROSS_DOMAIN, FALSE_POSITIVES, ROBUSTNESS, FAIRNESS, SPEED
  }

  /** Every suite, in the order {@code bench} runs them. */
  static final List<String> ALL =
      List.of("accuracy", "cross-domain", "false-positives", "robustness", "fairness", "speed");

  /** The suite that needs no datasets: project-written samples and templates. */
  static final String FAST = "fast";

  private static final ObjectMapper JSON = new ObjectMapper();

  static Suite load(String name) throws IOException {
    String resource = "/dev/comity/bench/suites/" + name + ".json";
    try (InputStream in = Suite.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "unknown suite '" + name + "'; known: " + ALL + " and " + FAST);
      }
      return parse(name, JSON.readTree(in));
    } catch (JacksonException e) {
      throw new IOException("benchmarks/suites/" + name + ".json: " + e.getOriginalMessage(), e);
    }
  }

  static Suite parse(String name, JsonNode n) throws IOException {
    List<String> problems = new ArrayList<>();
    Kind kind = null;
    try {
      kind = Kind.valueOf(n.path("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add("kind '" + n.path("kind").asText() + "' is not one of accuracy, cross-domain, false-positives,"
          + " robustness, fairness, speed");
    }
    List<String> datasets = specs(n.path("datasets"), problems);
    List<String> train = specs(n.path("train"), problems);
    if (!problems.isEmpty()) {
      throw new IOException("benchmarks/suites/" + name + ".json: " + String.join("; ", problems));
    }
    return new Suite(name, kind, n.path("description").asText(), datasets, train,
        n.path("tolerance").asDouble(0.02), n.path("options"));
  }

  private static List<String> specs(JsonNode list, List<String> problems) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : list) {
      String spec = s.asText();
      int colon = spec.indexOf(':');
      try {
        DatasetSpec d = Datasets.named(colon < 0 ? spec : spec.substring(0, colon));
        if (colon < 0 || !d.splits().contains(spec.substring(colon + 1))) {
          problems.add("'" + spec + "' must be dataset:split with a split of " + d.splits());
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
      out.add(spec);
    }
    return out;
  }

  static DatasetSpec dataset(String spec) {
    return Datasets.named(spec.substring(0, spec.indexOf(':')));
  }

  static String split(String spec) {
    return spec.substring(spec.indexOf(':') + 1);
  }
}
