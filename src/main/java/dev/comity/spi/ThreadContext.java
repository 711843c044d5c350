package dev.comity.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link ThreadAnalyzer} analyses: one thread, the list's participant history and the analysis time. Immutable.
 *
 * @param threadId the conversation's id
 * @param posts the thread's messages sorted by time, then thread order; never empty
 * @param history the list's participants, including this thread's posts
 * @param now the analysis time, read once from the analysis clock; analyzers read no other clock
 */
public record ThreadContext(String threadId, List<ThreadPost> posts, ParticipantHistory history, Instant now) {
  /** Validates and copies. */
  public ThreadContext {
    requireNonNull(threadId, "threadId");
    posts = List.copyOf(posts);
    requireNonNull(history, "history");
    requireNonNull(now, "now");
    if (posts.isEmpty()) {
      throw new IllegalArgumentException("a thread has at least one post");
    }
  }
}
