package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @Test
  void fastSuiteRunsOnBundledSamplesWritesBothReportsAndMatchesTheCommittedBaselines(@TempDir Path out)
      throws IOException {
    // --check against benchmarks/baselines: a lexicon or model change that moves a figure fails here until its new
    // baselines are reviewed and committed.
    Cli.Result r = Cli.cli().run("bench", "--suite", "fast", "--out", out.toString(), "--threads", "1", "--check");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("report: " + out.resolve("report.md"), "check: no regression");
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md).contains("## fast-accuracy", "## fast-robustness", "## fairness", "| jsonl:all | 30 | 15 |",
        "| jsonl:all | leetspeak | ", "| religion | 7 | 56 |", "machine: ");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script src");
    assertThat(out.resolve("baselines/fast-accuracy.json")).exists();
  }

  @Test
  void checkPassesAgainstItsOwnBaselineAndFailsWhenAMetricDrops(@TempDir Path out) throws IOException {
    assertThat(Cli.cli().run("bench", "--suite", "fast-accuracy", "--out", out.toString()).exit()).isZero();
    Path baselines = out.resolve("baselines");
    Cli.Result same = Cli.cli().run("bench", "--suite", "fast-accuracy", "--out", out.resolve("again").toString(),
        "--check", "--baselines", baselines.toString());
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.out()).contains("check: no regression");

    Path file = baselines.resolve("fast-accuracy.json");
    Files.writeString(file, Files.readString(file).replaceFirst("(\"jsonl:all/span_f1\" : )[0-9.]+", "$11.0"));
    Cli.Result worse = Cli.cli().run("bench", "--suite", "fast-accuracy", "--out", out.resolve("3").toString(),
        "--check", "--baselines", baselines.toString());
    assertThat(worse.exit()).isEqualTo(1);
    assertThat(worse.err()).contains("REGRESSION fast-accuracy jsonl:all/span_f1");
    assertThat(worse.out()).contains("check: 1 regression(s)");
  }

  @Test
  void aMissingDataDirectoryIsAnInputError(@TempDir Path dir) {
    Cli.Result r = Cli.cli().run("bench", "--data", dir.resolve("nowhere").toString(), "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere").contains("does not exist").contains("--data DIR");
  }

  @Test
  void aMissingDatasetIsSkippedWithAClearLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Cli.Result r = Cli.cli().run("bench", "--data", dir.resolve("data").toString(), "--suite", "robustness",
        "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped toxic-spans:trial: not in " + dir.resolve("data"))
        .contains("github.com/ipavlopoulos/toxic_spans");
  }
}
