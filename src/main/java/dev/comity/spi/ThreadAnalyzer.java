package dev.comity.spi;

import dev.comity.api.ThreadSignal;
import java.util.List;

/**
 * Finds one kind of thread-level pattern (a burst of newcomers, near-identical wording...) in a whole conversation,
 * where a {@link Scorer} sees one message. Implementations are immutable and thread-safe, read time only from {@link
 * ThreadContext#now()} and the posts' timestamps, and must not throw on message content. An analyzer that throws is
 * isolated: the thread report names it in {@link dev.comity.api.ThreadReport#failures()} and keeps the other signals.
 */
public interface ThreadAnalyzer {
  /** The stable id of the signal kind this analyzer produces, e.g. {@code newcomer_burst}. */
  String kind();

  /**
   * The signals found, usually zero or one; each has {@link #kind()} as its kind (signals of another kind are dropped)
   * and a score above zero.
   */
  List<ThreadSignal> analyze(ThreadContext context);
}
