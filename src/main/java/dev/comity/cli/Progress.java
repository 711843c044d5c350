package dev.comity.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports scan progress on standard error: on a terminal one line rewritten in place twice a second, elsewhere (when
 * asked for with {@code --progress}) a new line every five seconds; and a final line with the average throughput.
 * Used from the pipeline's consuming thread only.
 */
final class Progress {
  private static final long TERMINAL_INTERVAL = 500_000_000L;
  private static final long LOG_INTERVAL = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long last = start;

  Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Shows the counts if enough time has passed since the last time. */
  void update(long messages, long bytes) {
    long now = System.nanoTime();
    if (now - last < (terminal ? TERMINAL_INTERVAL : LOG_INTERVAL)) {
      return;
    }
    last = now;
    String line = String.format(Locale.ROOT, "scanned %,d messages, %.1f MB, %.1f MB/s",
        messages, bytes / 1e6, rate(bytes, now));
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Shows the totals and the average throughput. */
  void finish(long messages, long bytes) {
    long now = System.nanoTime();
    String line = String.format(Locale.ROOT, "scanned %,d messages, %.1f MB in %.1f s (%.1f MB/s)",
        messages, bytes / 1e6, (now - start) / 1e9, rate(bytes, now));
    err.println(terminal ? "\r" + line + "\u001b[K" : line);
    err.flush();
  }

  private double rate(long bytes, long now) {
    return bytes / 1e6 / Math.max(1e-9, (now - start) / 1e9);
  }
}
