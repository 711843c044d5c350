package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParticipantStoreTest {
  private static final Instant DAY1 = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-01-02T10:00:00Z");
  private static final Instant DAY3 = Instant.parse("2026-01-03T10:00:00Z");

  @TempDir Path dir;

  private ParticipantStore open(String kind) throws IOException {
    return kind.equals("memory") ? ParticipantStore.inMemory() : ParticipantStore.sqlite(dir.resolve("history.db"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void answersWhoPostedBeforeSinceWhenAndHowOften(String kind) throws IOException {
    try (ParticipantStore store = open(kind)) {
      // Out of time order, as archives and late deliveries are.
      assertThat(store.record("ann", "<m2>", DAY2)).isTrue();
      assertThat(store.record("ann", "<m1>", DAY1)).isTrue();
      assertThat(store.record("bob", "<m3>", DAY3)).isTrue();

      assertThat(store.postsBefore("ann", DAY2)).isEqualTo(1);
      assertThat(store.postsBefore("ann", DAY3)).isEqualTo(2);
      assertThat(store.postsBefore("bob", DAY3)).isZero();
      assertThat(store.postsBefore("carol", DAY3)).isZero();
      assertThat(store.firstSeen("ann")).contains(DAY1);
      assertThat(store.firstSeen("carol")).isEmpty();
      assertThat(store.newcomersBetween(DAY1, DAY3)).isEqualTo(1);
      assertThat(store.newcomersBetween(DAY1, DAY3.plusSeconds(1))).isEqualTo(2);
      assertThat(store.postsBetween(DAY2, DAY3.plusSeconds(1))).isEqualTo(2);
      assertThat(store.postsBetween(DAY3, DAY1)).isZero();
      assertThat(store.size()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void aMessageRecordedTwiceCountsOnce(String kind) throws IOException {
    try (ParticipantStore store = open(kind)) {
      assertThat(store.record("ann", "<m1>", DAY1)).isTrue();
      assertThat(store.record("ann", "<m1>", DAY1)).isFalse();
      assertThat(store.postsBefore("ann", DAY2)).isEqualTo(1);
    }
  }

  @Test
  void theSqliteHistorySurvivesARestart() throws IOException {
    try (ParticipantStore store = ParticipantStore.sqlite(dir.resolve("history.db"))) {
      store.record("ann", "<m1>", DAY1);
    }
    try (ParticipantStore store = ParticipantStore.sqlite(dir.resolve("history.db"))) {
      assertThat(store.firstSeen("ann")).contains(DAY1);
      assertThat(store.record("ann", "<m1>", DAY1)).isFalse();
    }
  }

  @Test
  void aDatabaseOfAnotherSchemaVersionIsRefused() throws Exception {
    Path db = dir.resolve("other.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 7");
    }
    assertThatThrownBy(() -> ParticipantStore.sqlite(db)).isInstanceOf(IOException.class)
        .hasMessageContaining("schema version 7");
  }

  @Test
  void messagesAreRecordedUnderTheirAuthorsKeyedHashNeverTheAddress() throws Exception {
    Path db = dir.resolve("keys.db");
    try (ParticipantStore store = ParticipantStore.sqlite(db)) {
      store.record(dev.comity.api.Message.builder("hi").id("<a@x>").author("Jane <jane@example.org>")
          .timestamp(DAY1).build(), ThreadFixtures.KEYS);
      assertThat(store.firstSeen(ThreadFixtures.KEYS.key("jane at example.org"))).contains(DAY1);
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT author FROM posts")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).doesNotContain("jane").hasSize(64);
    }
  }

  @Test
  void messagesWithoutAuthorOrDateAreNotRecorded() {
    ParticipantStore store = ParticipantStore.inMemory();
    assertThat(store.record(dev.comity.api.Message.builder("hi").id("<a@x>").timestamp(DAY1).build(),
        ThreadFixtures.KEYS)).isFalse();
    assertThat(store.record(dev.comity.api.Message.builder("hi").id("<b@x>").author("jane@example.org").build(),
        ThreadFixtures.KEYS)).isFalse();
    assertThat(store.size()).isZero();
  }
}
