package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.comity.api.Moderator;
import dev.comity.spi.ScorerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs benchmark suites and writes the report: what {@code comity bench} does. Suites are defined in {@code
 * benchmarks/suites/*.json} (bundled in the jar); every figure is measured through the public {@link Moderator}, so
 * whatever scorers are registered are measured.
 */
public final class BenchRunner {
  /**
   * What to run.
   *
   * @param data the datasets root, empty when there is none (then only sample-based suites measure anything)
   * @param suites suite names; {@code fast} expands to the suites that need no datasets
   * @param out report directory, created if needed
   * @param check compare with baselines and count regressions
   * @param baselines where the baselines are; empty for the ones bundled in the jar
   * @param threads scoring threads
   */
  public record Options(
      Optional<Path> data, List<String> suites, Path out, boolean check, Optional<Path> baselines, int threads) {
    public Options {
      suites = List.copyOf(suites);
    }
  }

  /** What a run produced. */
  public record Outcome(Path markdown, Path html, int regressions) {}

  /** The suites {@code bench} runs when given a data directory and no {@code --suite}. */
  public static final List<String> DEFAULT_SUITES = Suite.ALL;

  /** The suite name that runs without any dataset. */
  public static final String FAST = Suite.FAST;

  private BenchRunner() {}

  /**
   * Runs the suites, logging progress and skipped datasets to {@code log}.
   *
   * @throws IOException when a dataset that is present cannot be read, or the report cannot be written
   * @throws IllegalArgumentException for an unknown suite name
   */
  public static Outcome run(Options options, Moderator moderator, PrintWriter log) throws IOException {
    List<Suite> suites = new ArrayList<>();
    for (String name : options.suites()) {
      for (String n : name.equals(FAST) ? List.of("fast-accuracy", "fast-robustness", "fairness") : List.of(name)) {
        suites.add(Suite.load(n));
      }
    }
    Path out = Files.createDirectories(options.out());
    Path samples = extractSamples(out);
    List<Trainer> trainers = ServiceLoader.load(Trainer.class).stream().map(ServiceLoader.Provider::get).toList();
    Machine machine = Machine.current();
    String header = "- date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
        + "\n- machine: " + machine
        + "\n- data: " + options.data().map(p -> p.toAbsolutePath().normalize().toString())
            .orElse("none (project-written samples only)")
        + "\n- scorers: " + (moderator.scorers().isEmpty() ? "none"
            : String.join(", ", moderator.scorers().stream().map(ScorerInfo::id).toList()))
        + ", versions " + moderator.check("ok").versions()
        + "\n- scoring threads: " + options.threads()
        + "\n- decision: a message is flagged when its verdict reaches review (default policy thresholds)\n";
    List<SuiteResult> results = new ArrayList<>();
    List<String> checkLines = new ArrayList<>();
    int regressions = 0;
    try (Scoring scoring = new Scoring(options.threads())) {
      SuiteContext ctx = new SuiteContext(options.data(), samples, out, moderator, scoring, options.threads(),
          trainers, log);
      for (Suite suite : suites) {
        log.println("suite " + suite.name() + ": " + suite.description());
        SuiteResult r = new SuiteResult(suite);
        long start = System.nanoTime();
        try {
          runOne(suite, ctx, r);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        r.seconds = (System.nanoTime() - start) / 1e9;
        log.printf(java.util.Locale.ROOT, "suite %s: %.1f s%n", suite.name(), r.seconds);
        results.add(r);
        Baselines.write(out.resolve("baselines").resolve(suite.name() + ".json"), r);
        if (options.check()) {
          Optional<JsonNode> base = Baselines.load(options.baselines(), suite.name());
          if (base.isPresent()) {
            regressions += Baselines.check(r, base.get(), checkLines);
          } else {
            checkLines.add(suite.name() + ": no baseline");
          }
        }
      }
    }
    checkLines.forEach(log::println);
    ReportWriter.write(out, results, header, checkLines);
    return new Outcome(out.resolve("report.md"), out.resolve("report.html"), regressions);
  }

  private static void runOne(Suite suite, SuiteContext ctx, SuiteResult r) throws IOException, InterruptedException {
    switch (suite.kind()) {
      case ACCURACY -> AccuracySuite.run(suite, ctx, r);
      case CROSS_DOMAIN -> CrossDomainSuite.run(suite, ctx, r);
      case FALSE_POSITIVES -> FalsePositiveSuite.run(suite, ctx, r);
      case ROBUSTNESS -> RobustnessSuite.run(suite, ctx, r);
      case FAIRNESS -> FairnessSuite.run(suite, ctx, r);
      case SPEED -> SpeedSuite.run(suite, ctx, r);
    }
  }

  /** Copies the bundled samples to {@code out/samples/jsonl/}, a datasets root the jsonl reader reads. */
  private static Path extractSamples(Path out) throws IOException {
    Path root = out.resolve("samples");
    Path dir = Files.createDirectories(root.resolve("jsonl"));
    try (InputStream in = BenchRunner.class.getResourceAsStream("/dev/comity/bench/suites/samples/messages.jsonl")) {
      if (in == null) {
        throw new IOException("the bundled samples are missing from the classpath (benchmarks/suites/samples)");
      }
      Files.copy(in, dir.resolve("messages.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    }
    return root;
  }
}
