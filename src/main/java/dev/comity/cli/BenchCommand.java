package dev.comity.cli;

import dev.comity.bench.BenchRunner;
import dev.comity.bench.DataDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code comity bench}: runs the benchmark suites of {@code benchmarks/suites/} and writes {@code report.md} and a
 * self-contained {@code report.html}. Without datasets it says so and runs the fast suite on bundled samples.
 */
@Command(
    name = "bench",
    description = {
      "Runs the benchmark suites (benchmarks/suites/*.json) on the public datasets and writes report.md and"
          + " report.html to --out. A missing dataset is skipped with a line saying where to get it. Without a data"
          + " directory, runs the fast suite on project-written samples.",
      "With --check, exits 1 when a metric falls beyond its tolerance of the committed baseline"
          + " (benchmarks/baselines/); this run's values are written to OUT/baselines/ to update them."
    })
final class BenchCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Datasets root, one folder per dataset (default: ../shared/datasets when it exists).")
  private Path data;

  @Option(
      names = "--suite",
      paramLabel = "NAME",
      description = "Suite to run (repeatable): accuracy, cross-domain, false-positives, robustness, fairness, speed,"
          + " or fast (no datasets). Default: all but fast, or fast when there is no data.")
  private List<String> suites = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: target/bench).")
  private Path out = Path.of("target", "bench");

  @Option(names = "--check", description = "Compare with the baselines; exit 1 on a regression.")
  private boolean check;

  @Option(
      names = "--baselines",
      paramLabel = "DIR",
      description = "Baselines to check against (default: benchmarks/baselines when it exists, else those in the jar).")
  private Path baselines;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Scoring threads (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Mixin private ModeratorOptions options;

  BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter log = context.stderr();
    Optional<Path> root;
    try {
      root = Optional.of(DataDirectory.resolve(data));
    } catch (NoSuchFileException e) {
      if (data != null) {
        throw new InputException(List.of(e.getMessage()));
      }
      log.println("comity bench: " + e.getMessage());
      root = Optional.empty();
    }
    List<String> run = suites;
    if (run.isEmpty()) {
      run = root.isPresent() ? BenchRunner.DEFAULT_SUITES : List.of(BenchRunner.FAST);
      if (root.isEmpty()) {
        log.println("comity bench: running the fast suite on the samples bundled with Comity instead");
      }
    }
    Optional<Path> baselineDir = Optional.ofNullable(baselines)
        .or(() -> Optional.of(Path.of("benchmarks", "baselines")).filter(p -> p.toFile().isDirectory()));
    BenchRunner.Outcome outcome;
    try {
      outcome = BenchRunner.run(
          new BenchRunner.Options(root, run, out, check, baselineDir, Math.max(1, threads)),
          options.moderator(context), log);
    } catch (IllegalArgumentException e) {
      throw new InputException(List.of(e.getMessage()));
    }
    PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8));
    stdout.println("report: " + outcome.markdown());
    stdout.println("report: " + outcome.html());
    if (check) {
      stdout.println(outcome.regressions() == 0 ? "check: no regression" : "check: " + outcome.regressions()
          + " regression(s)");
    }
    stdout.flush();
    return check && outcome.regressions() > 0 ? Main.EXIT_FAIL : 0;
  }
}
