package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to moderate: its text and whatever metadata the caller knows. Immutable and thread-safe. The text may hold
 * anything, including lone surrogates and control characters; spans in reports are UTF-16 offsets into it.
 */
public final class Message {
  private final String text;
  private final String id;
  private final String author;
  private final Instant timestamp;
  private final String threadId;
  private final String inReplyTo;
  private final List<String> references;
  private final Map<String, List<String>> headers;

  private Message(Builder b) {
    this.text = b.text;
    this.id = b.id;
    this.author = b.author;
    this.timestamp = b.timestamp;
    this.threadId = b.threadId;
    this.inReplyTo = b.inReplyTo;
    this.references = List.copyOf(b.references);
    LinkedHashMap<String, List<String>> h = new LinkedHashMap<>();
    b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
  }

  /** A message with only a text. */
  public static Message of(String text) {
    return builder(text).build();
  }

  /** A builder for a message with {@code text}. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** The full original text; offsets in reports refer to it. */
  public String text() {
    return text;
  }

  /** The message id (a Message-ID, a comment id, a JSONL {@code id}). */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The author as the source names them (address, login). */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  /** When the message was written. */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** The thread or conversation this message belongs to. */
  public Optional<String> threadId() {
    return Optional.ofNullable(threadId);
  }

  /** The id of the message this one replies to. */
  public Optional<String> inReplyTo() {
    return Optional.ofNullable(inReplyTo);
  }

  /** Ids of earlier messages in the thread, oldest first (the mail References header). */
  public List<String> references() {
    return references;
  }

  /** Headers by lower-case name, values in order of appearance. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Values of one header, matched case-insensitively; empty when absent. */
  public List<String> header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** A builder holding this message's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        builder(text).id(id).author(author).timestamp(timestamp).threadId(threadId).inReplyTo(inReplyTo);
    b.references.addAll(references);
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m
        && text.equals(m.text)
        && Objects.equals(id, m.id)
        && Objects.equals(author, m.author)
        && Objects.equals(timestamp, m.timestamp)
        && Objects.equals(threadId, m.threadId)
        && Objects.equals(inReplyTo, m.inReplyTo)
        && references.equals(m.references)
        && headers.equals(m.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, id, author, timestamp, threadId, inReplyTo, references, headers);
  }

  @Override
  public String toString() {
    return "Message[id=" + id + ", length=" + text.length() + "]";
  }

  /** Builds a {@link Message}. Not thread-safe. Setters accept {@code null} to mean "not known". */
  public static final class Builder {
    private final String text;
    private String id;
    private String author;
    private Instant timestamp;
    private String threadId;
    private String inReplyTo;
    private final List<String> references = new ArrayList<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    private Builder(String text) {
      this.text = requireNonNull(text, "text");
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder author(String value) {
      this.author = value;
      return this;
    }

    public Builder timestamp(Instant value) {
      this.timestamp = value;
      return this;
    }

    public Builder threadId(String value) {
      this.threadId = value;
      return this;
    }

    public Builder inReplyTo(String value) {
      this.inReplyTo = value;
      return this;
    }

    /** Replaces the references with {@code ids}, oldest first. */
    public Builder references(List<String> ids) {
      references.clear();
      ids.forEach(r -> references.add(requireNonNull(r, "reference")));
      return this;
    }

    /** Adds one header value; the name is stored lower-case. */
    public Builder header(String name, String value) {
      headers
          .computeIfAbsent(requireNonNull(name, "name").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(requireNonNull(value, "value"));
      return this;
    }

    public Message build() {
      return new Message(this);
    }
  }
}
