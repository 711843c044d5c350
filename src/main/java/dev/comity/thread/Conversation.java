package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import java.util.List;
import java.util.Optional;

/**
 * One reconstructed thread: a tree of messages, flattened depth-first.
 *
 * @param id the root's id: the root message's id, or the referenced id of a missing root message; for a root that is
 *     only a subject grouping, the id of the first post
 * @param root the root message; empty when the root is a ghost (a missing message, or the common parent of
 *     conversations that share a subject)
 * @param subject the normalized subject ({@link Subjects#normalize}), possibly empty
 * @param posts every message, pre-order depth-first; siblings by timestamp (messages without one after those with),
 *     then input order. Never empty
 */
public record Conversation(String id, Optional<Message> root, String subject, List<Post> posts) {
  /** Validates and copies. */
  public Conversation {
    requireNonNull(id, "id");
    requireNonNull(root, "root");
    requireNonNull(subject, "subject");
    posts = List.copyOf(posts);
    if (posts.isEmpty()) {
      throw new IllegalArgumentException("a conversation has at least one post");
    }
  }
}
