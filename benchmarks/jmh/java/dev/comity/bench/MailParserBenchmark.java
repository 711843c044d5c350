package dev.comity.bench;

import dev.comity.mail.MailLimits;
import dev.comity.mail.MailParser;
import java.nio.charset.StandardCharsets;
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
 * {@link MailParser#parse(byte[], MailLimits)} on hostile MIME shapes, to show the cost grows linearly with the
 * message: {@code parts-N} is a multipart of N one-line text parts (all read: the part limit is lifted), {@code
 * nested-N} nests N multiparts (read to the default depth limit, the rest skipped as one body). Compare the bytes/s of
 * the two sizes of each shape: equal rates mean linear time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class MailParserBenchmark {
  private static final MailLimits ALL_PARTS = new MailLimits(Integer.MAX_VALUE, MailLimits.DEFAULT.maxDepth(),
      MailLimits.DEFAULT.maxTextBytes());

  @Param({"parts-1000", "parts-10000", "nested-1000", "nested-10000"})
  public String shape;

  private byte[] mail;

  @Setup(Level.Trial)
  public void build() {
    int n = Integer.parseInt(shape.substring(shape.indexOf('-') + 1));
    StringBuilder s = new StringBuilder("Message-ID: <bench@example.org>\n");
    if (shape.startsWith("parts-")) {
      s.append("Content-Type: multipart/mixed; boundary=b\n\n");
      for (int i = 1; i <= n; i++) {
        s.append("--b\nContent-Type: text/plain\n\nThe build of part ").append(i).append(" failed again.\n");
      }
      s.append("--b--\n");
    } else {
      for (int i = 0; i < n; i++) {
        s.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
      }
      s.append("Content-Type: text/plain\n\nthe innermost text\n");
      for (int i = n - 1; i >= 0; i--) {
        s.append("--b").append(i).append("--\n");
      }
    }
    mail = s.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public MailParser.Parsed parse(ByteCounter counter) {
    counter.bytes += mail.length;
    return MailParser.parse(mail, ALL_PARTS);
  }
}
