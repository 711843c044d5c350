package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One message behind a thread signal: which message, whose, and which parts of its text. Immutable and thread-safe.
 *
 * @param messageId the message's id as it appears in the thread
 * @param author the author as the message names them (a display address, a login), or empty when unknown
 * @param spans parts of the message's original text that carry the evidence (a link, a duplicated paragraph, a call to
 *     action): UTF-16 offsets, end exclusive; empty when the message as a whole is the evidence (its arrival time, its
 *     reply target)
 * @param note what this message contributes, e.g. {@code "first post on the list"}
 */
public record Evidence(String messageId, String author, List<Span> spans, String note) {
  /** Validates and copies. */
  public Evidence {
    requireNonNull(messageId, "messageId");
    requireNonNull(author, "author");
    spans = List.copyOf(spans);
    requireNonNull(note, "note");
  }
}
