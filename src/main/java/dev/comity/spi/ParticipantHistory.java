package dev.comity.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * Who has posted on a list before, since when and how often. Authors are named by keyed hashes, never addresses.
 * Implementations are thread-safe; answers reflect every post recorded so far.
 */
public interface ParticipantHistory {
  /** Number of recorded posts by {@code authorKey} strictly before {@code time}. */
  int postsBefore(String authorKey, Instant time);

  /** When {@code authorKey} first posted, or empty for an author never seen. */
  Optional<Instant> firstSeen(String authorKey);

  /** Number of authors whose first recorded post is in [{@code from}, {@code to}). */
  int newcomersBetween(Instant from, Instant to);

  /** Number of recorded posts, by anyone, in [{@code from}, {@code to}). */
  int postsBetween(Instant from, Instant to);
}
