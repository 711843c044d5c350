package dev.comity.bench;

import dev.comity.api.Moderator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every suite runs against.
 *
 * @param data the datasets root, empty when there is none (only the fast suite can run)
 * @param samples the project-written samples, laid out as a datasets root (folder {@code jsonl})
 * @param out the report directory; suites may write files for review under it
 * @param moderator the default build: bundled lexicons and every registered scorer
 * @param trainers what the cross-domain suite trains with
 */
record SuiteContext(
    Optional<Path> data, Path samples, Path out, Moderator moderator, Scoring scoring, int threads,
    List<Trainer> trainers, PrintWriter log) {

  /** The root a suite reads its datasets from. */
  Optional<Path> root(Suite suite) {
    return suite.options().path("samples").asBoolean(false) ? Optional.of(samples) : data;
  }

  /** Reads {@code spec} if present, else logs and notes a clear skip line and returns empty. */
  Optional<List<Example>> read(Suite suite, String spec, SuiteResult result) throws IOException {
    DatasetSpec d = Suite.dataset(spec);
    Optional<Path> root = root(suite);
    if (root.isEmpty() || !d.presentIn(root.get())) {
      String where = root.map(p -> "not in " + p).orElse("no data directory");
      String line = "skipped " + spec + ": " + where + "; get it from " + d.source();
      log.println("  " + line);
      result.notes.add(line);
      return Optional.empty();
    }
    List<Example> examples = d.read(root.get(), Suite.split(spec));
    int max = suite.options().path("max_examples").asInt(0);
    if (max > 0 && examples.size() > max) {
      // evenly spaced, so the sample spans the whole file deterministically
      List<Example> sample = new ArrayList<>();
      for (int i = 0; i < max; i++) {
        sample.add(examples.get((int) ((long) i * examples.size() / max)));
      }
      result.notes.add(spec + ": " + max + " of " + examples.size() + " examples, evenly spaced (option max_examples)");
      examples = sample;
    }
    return Optional.of(examples);
  }
}
