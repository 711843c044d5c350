package dev.comity.spi;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import dev.comity.api.Report;
import java.time.Instant;
import java.util.Optional;

/**
 * One message of a thread as a {@link ThreadAnalyzer} sees it. Immutable and thread-safe.
 *
 * @param id the message's id
 * @param parentId id of the message it replies to in the reconstructed thread; empty for a root
 * @param author the author as the message names them, empty when unknown; for display only
 * @param authorKey the author's keyed hash (see {@link ParticipantHistory}); equal keys mean the same person
 * @param time when it was written, or when it arrived if the message has no date
 * @param message the message itself
 * @param report what the message scorers found in it
 */
public record ThreadPost(
    String id,
    Optional<String> parentId,
    String author,
    String authorKey,
    Instant time,
    Message message,
    Report report) {
  /** Validates that no component is null. */
  public ThreadPost {
    requireNonNull(id, "id");
    requireNonNull(parentId, "parentId");
    requireNonNull(author, "author");
    requireNonNull(authorKey, "authorKey");
    requireNonNull(time, "time");
    requireNonNull(message, "message");
    requireNonNull(report, "report");
  }
}
