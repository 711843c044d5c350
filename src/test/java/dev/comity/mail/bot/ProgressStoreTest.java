package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

  @TempDir Path dir;

  @Test
  void progressAndTheDigestQueueSurviveReopening() {
    Path file = dir.resolve("bot.db");
    try (ProgressStore store = ProgressStore.open(file)) {
      store.start("INBOX", 1700000000L, 0);
      store.handled("INBOX", 1700000000L, 41);
      store.handled("INBOX", 1700000000L, 42);
      assertThat(store.queue("INBOX", 1700000000L, 42, NOW, "entry 42")).isTrue();
    }
    try (ProgressStore store = ProgressStore.open(file)) {
      assertThat(store.progress("INBOX")).contains(new ProgressStore.Progress(1700000000L, 42));
      assertThat(store.progress("Archive")).isEmpty();
      assertThat(store.pending(10)).singleElement().satisfies(q -> assertThat(q.entry()).isEqualTo("entry 42"));
    }
  }

  @Test
  void aMessageIsQueuedOnceAndSentEntriesLeaveTheQueue() {
    try (ProgressStore store = ProgressStore.open(dir.resolve("bot.db"))) {
      assertThat(store.queue("INBOX", 7, 1, NOW, "first")).isTrue();
      assertThat(store.queue("INBOX", 7, 1, NOW, "again")).isFalse();
      assertThat(store.queue("INBOX", 8, 1, NOW, "same UID, new UIDVALIDITY")).isTrue();
      assertThat(store.pending(10)).extracting(ProgressStore.Queued::entry)
          .containsExactly("first", "same UID, new UIDVALIDITY");

      store.sent(store.pending(1), NOW);

      assertThat(store.pending(10)).extracting(ProgressStore.Queued::entry)
          .containsExactly("same UID, new UIDVALIDITY");
    }
  }

  @Test
  void progressNeverMovesBackwardsAndNeedsTheCurrentUidValidity() {
    try (ProgressStore store = ProgressStore.open(dir.resolve("bot.db"))) {
      store.start("INBOX", 7, 10);
      store.handled("INBOX", 7, 5);
      assertThat(store.progress("INBOX")).contains(new ProgressStore.Progress(7, 10));
      assertThatThrownBy(() -> store.handled("INBOX", 8, 11)).isInstanceOf(StoreException.class);
    }
  }

  @Test
  void aNewStoreIsReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("bot.db");
    ProgressStore.open(file).close();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void aFileThatIsNotAStoreIsRefused() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "these are my notes, not a database\n".repeat(20));

    assertThatThrownBy(() -> ProgressStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open the bot store " + file);
  }
}
