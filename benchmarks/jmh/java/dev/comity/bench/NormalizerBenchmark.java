package dev.comity.bench;

import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Normalizing whole ~400-char messages: msg/s, and bytes/s in the {@code bytes} counter. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class NormalizerBenchmark {
  @Benchmark
  public NormalizedText normalize(MessageCorpus corpus, ByteCounter counter) {
    int i = corpus.advance();
    counter.bytes += corpus.utf8Bytes(i);
    return Normalizer.normalize(corpus.text(i));
  }
}
