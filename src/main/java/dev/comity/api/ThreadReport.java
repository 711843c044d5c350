package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What thread analysis found in one conversation. Immutable and thread-safe.
 *
 * @param threadId the conversation's id (its root message id)
 * @param subject the conversation's normalized subject, possibly empty
 * @param messages number of messages analysed
 * @param analyzedAt when the analysis ran, from the analysis clock (not a wall-clock read)
 * @param signals every signal with a score above zero, strongest first, then by kind
 * @param failures analyzers that threw on this thread, as {@code "kind: error"}; the others' signals are still reported
 */
public record ThreadReport(
    String threadId,
    String subject,
    int messages,
    Instant analyzedAt,
    List<ThreadSignal> signals,
    List<String> failures) {
  /** Order of {@link #signals()}. */
  public static final Comparator<ThreadSignal> SIGNAL_ORDER =
      Comparator.comparingDouble(ThreadSignal::score).reversed().thenComparing(ThreadSignal::kind);

  /** Validates, sorts and copies. */
  public ThreadReport {
    requireNonNull(threadId, "threadId");
    requireNonNull(subject, "subject");
    requireNonNull(analyzedAt, "analyzedAt");
    if (messages < 0) {
      throw new IllegalArgumentException("negative message count " + messages);
    }
    signals = signals.stream().sorted(SIGNAL_ORDER).toList();
    failures = List.copyOf(failures);
  }

  /** The signal of {@code kind}, if the analysis produced one. */
  public Optional<ThreadSignal> signal(String kind) {
    return signals.stream().filter(s -> s.kind().equals(kind)).findFirst();
  }

  /** The score of {@code kind}'s signal, or 0 when there is none. */
  public double score(String kind) {
    return signal(kind).map(ThreadSignal::score).orElse(0.0);
  }
}
