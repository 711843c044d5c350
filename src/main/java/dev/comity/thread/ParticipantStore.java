package dev.comity.thread;

import com.google.common.hash.Hashing;
import dev.comity.api.Message;
import dev.comity.spi.ParticipantHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A participant history that can be added to: in memory for tests and one-shot scans, or in an SQLite database that
 * the bot keeps across restarts. Thread-safe.
 */
public interface ParticipantStore extends ParticipantHistory, AutoCloseable {
  /**
   * Records that {@code authorKey} posted at {@code time}. A message already recorded (same {@code messageKey}) is
   * ignored, so replaying an archive or a mailbox does not count posts twice.
   *
   * @param messageKey a stable key of the message, e.g. its Message-ID
   * @return whether the post was new
   */
  boolean record(String authorKey, String messageKey, Instant time);

  /**
   * Records {@code message} under its author's key, as {@link #record(String, String, Instant)} with the message's id
   * (or, without one, a digest of its author, date and text) as message key. A message without an author or a date
   * tells nothing about who posted when and is not recorded.
   *
   * @return whether the post was new
   */
  default boolean record(Message message, AuthorKeys keys) {
    if (message.author().isEmpty() || message.timestamp().isEmpty()) {
      return false;
    }
    String messageKey;
    if (message.id().isPresent() && !message.id().get().isBlank()) {
      messageKey = Threader.key(message.id().get());
    } else {
      String basis = message.author().get() + "\n" + message.timestamp().get() + "\n" + message.text();
      messageKey = "sha256:" + Hashing.sha256().hashString(basis, StandardCharsets.UTF_8);
    }
    return record(keys.key(message.author().get()), messageKey, message.timestamp().get());
  }

  /** Number of posts recorded. */
  long size();

  /** Releases the database; an in-memory store has nothing to release. */
  @Override
  void close() throws IOException;

  /** An empty history held in memory. */
  static ParticipantStore inMemory() {
    return new MemoryParticipantStore();
  }

  /**
   * The history in the SQLite database {@code file}, created with its tables if missing.
   *
   * @throws IOException when the database cannot be opened or is not a participant history
   */
  static ParticipantStore sqlite(Path file) throws IOException {
    return SqliteParticipantStore.open(file);
  }
}
