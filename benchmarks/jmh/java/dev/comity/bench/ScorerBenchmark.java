package dev.comity.bench;

import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.spi.ScorerInfo;
import java.util.List;
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
 * One scorer at a time: {@link Moderator#check} with every discovered scorer disabled but {@code scorer} (the lexicon
 * matcher, or each model once registered: {@code -p scorer=lexicon,ID,...}). Segmentation and normalization are
 * included; {@code NormalizerBenchmark} and {@code SegmenterBenchmark} measure them alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ScorerBenchmark {
  /** The id of the scorer to keep, as listed by {@code Moderator.scorers()}. */
  @Param("lexicon")
  public String scorer;

  private Moderator moderator;

  @Setup(Level.Trial)
  public void build() {
    List<String> ids = Moderator.builder().build().scorers().stream().map(ScorerInfo::id).toList();
    if (!ids.contains(scorer)) {
      throw new IllegalArgumentException("no scorer '" + scorer + "' registered; registered: " + ids);
    }
    Moderator.Builder builder = Moderator.builder();
    ids.stream().filter(id -> !id.equals(scorer)).forEach(builder::disableScorer);
    moderator = builder.build();
    System.out.println("\nscorer: " + moderator.scorers());
  }

  @Benchmark
  public Report check(MessageCorpus corpus, ByteCounter counter) {
    int i = corpus.advance();
    counter.bytes += corpus.utf8Bytes(i);
    return moderator.check(corpus.text(i));
  }
}
