package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
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
  void aThreadAlertsOncePerEpisodeAndItsLaterPostsExtendTheEpisode() {
    Duration quiet = Duration.ofHours(72);
    Instant t = Instant.parse("2026-11-20T08:00:00Z");
    try (ProgressStore store = ProgressStore.open(dir.resolve("bot.db"))) {
      assertThat(store.queueAlert("<root@x>", t, quiet, NOW, "s", "first")).isTrue();
      assertThat(store.queueAlert("<root@x>", t.plus(Duration.ofHours(71)), quiet, NOW, "s", "same episode"))
          .isFalse();
      // A quiet post 70 h later still belongs to the episode, so an alert 70 h after that does too.
      store.threadPost("<root@x>", t.plus(Duration.ofHours(141)));
      assertThat(store.queueAlert("<root@x>", t.plus(Duration.ofHours(211)), quiet, NOW, "s", "still")).isFalse();
      assertThat(store.queueAlert("<other@x>", t, quiet, NOW, "s", "another thread")).isTrue();
      assertThat(store.queueAlert("<root@x>", t.plus(Duration.ofHours(283)), quiet, NOW, "s", "after 72 h quiet"))
          .isTrue();
      store.threadPost("<never-alerted@x>", t);

      assertThat(store.pendingAlerts()).extracting(ProgressStore.Alert::body)
          .containsExactly("first", "another thread", "after 72 h quiet");
      store.alertSent(store.pendingAlerts().get(0), NOW);
      assertThat(store.pendingAlerts()).extracting(ProgressStore.Alert::body)
          .containsExactly("another thread", "after 72 h quiet");
    }
  }

  @Test
  void aStoreOfSchemaVersionOneGainsTheAlertTableAndKeepsItsProgress() throws Exception {
    Path file = dir.resolve("bot.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE progress(folder TEXT PRIMARY KEY, uidvalidity INTEGER NOT NULL,"
          + " last_uid INTEGER NOT NULL)");
      s.execute("CREATE TABLE digest(id INTEGER PRIMARY KEY AUTOINCREMENT, folder TEXT NOT NULL,"
          + " uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL, queued_at INTEGER NOT NULL,"
          + " entry TEXT NOT NULL, sent_at INTEGER, UNIQUE(folder, uidvalidity, uid))");
      s.execute("INSERT INTO progress VALUES ('INBOX', 7, 42)");
      s.execute("PRAGMA user_version=1");
    }
    try (ProgressStore store = ProgressStore.open(file)) {
      assertThat(store.progress("INBOX")).contains(new ProgressStore.Progress(7, 42));
      assertThat(store.queueAlert("<root@x>", NOW, Duration.ofHours(72), NOW, "s", "b")).isTrue();
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
