package dev.comity.cli;

import dev.comity.api.Message;
import dev.comity.thread.Threader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What {@code scan --stats} prints: how much was read, how fast, and the conversations the mail threads into.
 *
 * @param messages messages read, input errors included
 * @param mails how many of them were mail
 * @param threads conversations the mail forms ({@link Threader} with a {@link #SUBJECT_WINDOW})
 * @param bytes input bytes (uncompressed)
 * @param elapsed time since the JVM started, so start-up and lexicon loading count as a user waits for them
 * @param peakHeap the sum of the heap memory pools' peak usage, in bytes: an upper bound of the peak heap, since the
 *     pools need not peak at the same moment
 */
record ScanStats(long messages, long mails, int threads, long bytes, Duration elapsed, long peakHeap) {
  /**
   * Same-subject roots further apart than this are separate conversations: an archive's recurring subjects ("R CMD
   * check NOTE") are not one thread over the years.
   */
  static final Duration SUBJECT_WINDOW = Duration.ofDays(30);

  /** Threads {@code mails} (their reply fields) and reads the clock and memory pools now. */
  static ScanStats of(long messages, long bytes, List<Message> mails) {
    int threads = Threader.thread(mails, SUBJECT_WINDOW).size();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    Duration elapsed = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    return new ScanStats(messages, mails.size(), threads, bytes, elapsed, peak);
  }

  /** One line: {@code N messages (M mail in T threads), X MB in S s: R msg/s, Y MB/s; peak heap Z MB}. */
  String summary() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    double mb = bytes / 1e6;
    return String.format(
        Locale.ROOT,
        "%d messages (%d mail in %d threads), %.1f MB in %.1f s since JVM start: %.0f msg/s, %.2f MB/s;"
            + " peak heap %.0f MB",
        messages, mails, threads, mb, seconds, messages / seconds, mb / seconds, peakHeap / 1e6);
  }
}
