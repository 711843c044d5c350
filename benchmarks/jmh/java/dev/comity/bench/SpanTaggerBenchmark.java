package dev.comity.bench;

import dev.comity.model.span.SpanTagger;
import dev.comity.model.span.SpanTaggerModel;
import dev.comity.model.span.TaggedSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The span tagger over whole ~400-char messages, ungated: msg/s, and bytes/s in the {@code bytes} counter. In the
 * pipeline it runs only on prose where a cheaper scorer fired, so this is its cost per message it is called on.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class SpanTaggerBenchmark {
  /** A span model written by {@code SpanTaggerModel.write}; set with {@code -p model=PATH}. */
  @Param("target/span-model.bin")
  public String model;

  private SpanTagger tagger;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(model);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("no span model at " + path.toAbsolutePath() + ": train one and pass -p model=PATH");
    }
    try (InputStream in = Files.newInputStream(path)) {
      tagger = SpanTaggerModel.read(in).newTagger();
    }
  }

  @Benchmark
  public List<TaggedSpan> tag(MessageCorpus corpus, ByteCounter counter) {
    int i = corpus.advance();
    counter.bytes += corpus.utf8Bytes(i);
    String text = corpus.text(i);
    return tagger.tag(text, 0, text.length());
  }
}
