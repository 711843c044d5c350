package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One thread-level observation, such as a burst of first-time posters or a verdict that a thread is being brigaded,
 * with the evidence a moderator needs to check it. Immutable and thread-safe.
 *
 * @param kind stable lower-case id of the signal, e.g. {@code newcomer_burst}, {@code near_duplicates}, {@code
 *     brigading}, {@code pile_on}
 * @param score strength in [0, 1]; each kind documents how it is computed
 * @param severity how urgently a moderator should look, derived from the score
 * @param start start of the time window the signal covers, inclusive
 * @param end end of the time window, inclusive; equal to {@code start} for a single moment
 * @param evidence the messages behind the signal, in thread order
 * @param explanation one line for a moderator saying what was measured against what
 */
public record ThreadSignal(
    String kind,
    double score,
    Severity severity,
    Instant start,
    Instant end,
    List<Evidence> evidence,
    String explanation) {
  /** @throws IllegalArgumentException when the score is outside [0, 1], the kind empty or the window reversed */
  public ThreadSignal {
    requireNonNull(kind, "kind");
    requireNonNull(severity, "severity");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    evidence = List.copyOf(evidence);
    requireNonNull(explanation, "explanation");
    if (kind.isEmpty()) {
      throw new IllegalArgumentException("empty signal kind");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score " + score + " is outside [0, 1] for signal " + kind);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window ends " + end + " before it starts " + start + " for " + kind);
    }
  }

  /** Ids of the evidence messages, in evidence order. */
  public List<String> messageIds() {
    return evidence.stream().map(Evidence::messageId).toList();
  }
}
