package dev.comity.bench;

import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Moderator#check} with the default configuration (segmentation, normalization, every discovered scorer with the
 * bundled lexicons, default policy) over ~400-char messages: msg/s, and bytes/s in the {@code bytes} counter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class PipelineBenchmark {
  /**
   * A lexicon file or directory loaded instead of the bundled ones ({@code -p lexicons=lexicons/en}), to measure
   * lexicons that are not in the jar's index; empty for {@code Moderator.builder().build()} as it is.
   */
  @Param("")
  public String lexicons;

  /**
   * Which discovered scorers run: {@code all} (the default pipeline: lexicons and models), {@code lexicon} (the model
   * scorer disabled) or {@code model} (the lexicon scorer disabled); the text pipeline runs in all three.
   */
  @Param({"all", "lexicon", "model"})
  public String scorers;

  private Moderator moderator;

  @Setup(Level.Trial)
  public void build() {
    Moderator.Builder builder = Moderator.builder();
    if (!lexicons.isEmpty()) {
      builder.bundledLexicons(false).lexicon(Path.of(lexicons));
    }
    if (!scorers.equals("all")) {
      builder.disableScorer(scorers.equals("lexicon") ? "model" : "lexicon");
    }
    moderator = builder.build();
    // Without a discovered scorer this measures only the text pipeline; the log must say so.
    System.out.println("\nscorers: "
        + (moderator.scorers().isEmpty()
            ? "none discovered"
            : moderator.scorers().stream().map(i -> i.id() + " " + i.version()).toList()));
  }

  @Benchmark
  public Report check(MessageCorpus corpus, ByteCounter counter) {
    int i = corpus.advance();
    counter.bytes += corpus.utf8Bytes(i);
    return moderator.check(corpus.text(i));
  }
}
