package dev.comity.bench;

import dev.comity.text.Region;
import dev.comity.text.Segmenter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Segmenting ~400-char messages into regions: msg/s, and bytes/s in the {@code bytes} counter. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class SegmenterBenchmark {
  @Benchmark
  public List<Region> segment(MessageCorpus corpus, ByteCounter counter) {
    int i = corpus.advance();
    counter.bytes += corpus.utf8Bytes(i);
    return Segmenter.segment(corpus.text(i));
  }
}
