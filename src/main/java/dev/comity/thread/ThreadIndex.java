package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Threaded messages with lookup by message id: which conversation a message is in and what it replies to. Ids are
 * matched like {@link Threader} matches them (whitespace and angle brackets ignored). Immutable and thread-safe.
 */
public final class ThreadIndex {
  private final List<Conversation> conversations;
  private final Map<String, Conversation> conversationByKey = new HashMap<>();
  private final Map<String, Post> postByKey = new HashMap<>();

  private ThreadIndex(List<Conversation> conversations) {
    this.conversations = conversations;
    for (Conversation c : conversations) {
      for (Post p : c.posts()) {
        conversationByKey.put(Threader.key(p.id()), c);
        postByKey.put(Threader.key(p.id()), p);
      }
    }
  }

  /** Threads {@code messages} with {@link Threader#thread(List)} and indexes the result. */
  public static ThreadIndex of(List<Message> messages) {
    return new ThreadIndex(Threader.thread(messages));
  }

  /** Threads {@code messages} with {@link Threader#thread(List, Duration)} and indexes the result. */
  public static ThreadIndex of(List<Message> messages, Duration subjectWindow) {
    return new ThreadIndex(Threader.thread(messages, subjectWindow));
  }

  /** The conversations, in {@link Threader#thread} order. */
  public List<Conversation> conversations() {
    return conversations;
  }

  /** The conversation holding the message with {@code messageId} (its own or synthetic id); empty if none does. */
  public Optional<Conversation> conversationOf(String messageId) {
    return Optional.ofNullable(conversationByKey.get(Threader.key(requireNonNull(messageId, "messageId"))));
  }

  /** The message with {@code messageId} and its place in the tree, including the id it replies to. */
  public Optional<Post> post(String messageId) {
    return Optional.ofNullable(postByKey.get(Threader.key(requireNonNull(messageId, "messageId"))));
  }
}
