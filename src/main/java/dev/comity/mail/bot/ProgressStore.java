package dev.comity.mail.bot;

import dev.comity.thread.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's durable state in one SQLite file: per folder, the UIDVALIDITY and the last UID whose handling finished; the
 * digest queue, one entry per flagged message keyed by (folder, UIDVALIDITY, UID) so that handling a message twice
 * cannot queue it twice; and the thread alerts, one per thread episode, with the time of the episode's latest message so
 * that an alert raised again after a restart (when the in-memory watch has forgotten it alerted) is recognised. Every method is one SQLite transaction (WAL, {@code synchronous=FULL}), so a crash leaves the
 * state as it was before or after the call. Not thread-safe: one bot thread owns it.
 *
 * <p>SQLite (xerial sqlite-jdbc) rather than a Java-only store: ACID transactions in one file that operators can read
 * with the {@code sqlite3} shell, e.g. to see what a digest that could not be sent held.
 */
final class ProgressStore implements AutoCloseable {
  /** Where handling of a folder stands. */
  record Progress(long uidValidity, long lastUid) {}

  /** A queued digest entry. */
  record Queued(long id, Instant queuedAt, String entry) {}

  /** A queued thread alert. */
  record Alert(long id, Instant queuedAt, String subject, String body) {}

  private static final int SCHEMA_VERSION = 2;

  private final Connection db;

  private ProgressStore(Connection db) {
    this.db = db;
  }

  /**
   * Opens or creates the store. A new file is created readable by its owner only, since digest entries quote message
   * text.
   *
   * @throws StoreException when the file cannot be opened or is not a store of this version
   */
  static ProgressStore open(Path file) {
    try {
      PrivateFiles.createIfMissing(file);
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA busy_timeout=5000");
        int version;
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
          version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version == 0) {
          s.execute(
              "CREATE TABLE IF NOT EXISTS progress(folder TEXT PRIMARY KEY, uidvalidity INTEGER NOT NULL,"
                  + " last_uid INTEGER NOT NULL)");
          s.execute(
              "CREATE TABLE IF NOT EXISTS digest(id INTEGER PRIMARY KEY AUTOINCREMENT, folder TEXT NOT NULL,"
                  + " uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL, queued_at INTEGER NOT NULL,"
                  + " entry TEXT NOT NULL, sent_at INTEGER, UNIQUE(folder, uidvalidity, uid))");
        }
        if (version <= 1) {
          // Version 1 lacked only this table.
          s.execute(
              "CREATE TABLE IF NOT EXISTS thread_alert(id INTEGER PRIMARY KEY AUTOINCREMENT, thread TEXT NOT NULL,"
                  + " last_post INTEGER NOT NULL, queued_at INTEGER NOT NULL, subject TEXT NOT NULL,"
                  + " body TEXT NOT NULL, sent_at INTEGER)");
          s.execute("CREATE INDEX IF NOT EXISTS thread_alert_thread ON thread_alert(thread, id)");
          s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
        } else if (version != SCHEMA_VERSION) {
          db.close();
          throw new StoreException(file + " is a bot store of schema version " + version + "; this Comity reads "
              + SCHEMA_VERSION, null);
        }
      }
      return new ProgressStore(db);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open the bot store " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where handling of {@code folder} stands, if it was ever started. */
  Optional<Progress> progress(String folder) {
    try (PreparedStatement s = db.prepareStatement("SELECT uidvalidity, last_uid FROM progress WHERE folder = ?")) {
      s.setString(1, folder);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new Progress(rs.getLong(1), rs.getLong(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Starts {@code folder} over under {@code uidValidity}: UIDs up to {@code lastUid} count as handled. */
  void start(String folder, long uidValidity, long lastUid) {
    update(
        "INSERT INTO progress(folder, uidvalidity, last_uid) VALUES (?, ?, ?) ON CONFLICT(folder) DO UPDATE"
            + " SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
        folder, uidValidity, lastUid);
  }

  /** Records that handling {@code uid} finished (and so every lower UID). */
  void handled(String folder, long uidValidity, long uid) {
    int rows =
        update(
            "UPDATE progress SET last_uid = MAX(last_uid, ?) WHERE folder = ? AND uidvalidity = ?",
            uid, folder, uidValidity);
    if (rows != 1) {
      throw new StoreException("no progress row for folder " + folder + " under UIDVALIDITY " + uidValidity, null);
    }
  }

  /** Queues a digest entry for a message; false when that message already has one. */
  boolean queue(String folder, long uidValidity, long uid, Instant now, String entry) {
    return update(
            "INSERT INTO digest(folder, uidvalidity, uid, queued_at, entry) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT(folder, uidvalidity, uid) DO NOTHING",
            folder, uidValidity, uid, now.toEpochMilli(), entry)
        == 1;
  }

  /** Up to {@code limit} unsent entries, oldest first. */
  List<Queued> pending(int limit) {
    try (PreparedStatement s =
        db.prepareStatement("SELECT id, queued_at, entry FROM digest WHERE sent_at IS NULL ORDER BY id LIMIT ?")) {
      s.setInt(1, limit);
      List<Queued> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Queued(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Marks entries as sent, in one transaction. */
  void sent(List<Queued> entries, Instant now) {
    inTransaction(() -> {
      try (PreparedStatement s = db.prepareStatement("UPDATE digest SET sent_at = ? WHERE id = ?")) {
        for (Queued q : entries) {
          s.setLong(1, now.toEpochMilli());
          s.setLong(2, q.id());
          s.addBatch();
        }
        return s.executeBatch();
      }
    });
  }

  /**
   * Queues an alert for {@code thread} unless its latest alert belongs to the same episode: that alert's thread had a
   * post less than {@code quietPeriod} before {@code post}. Either way the episode's latest post moves up to {@code
   * post}.
   *
   * @return whether the alert was queued
   */
  boolean queueAlert(String thread, Instant post, Duration quietPeriod, Instant now, String subject, String body) {
    return inTransaction(() -> {
      Optional<long[]> latest = latestAlert(thread);
      if (latest.isPresent() && post.toEpochMilli() - latest.get()[1] < quietPeriod.toMillis()) {
        update("UPDATE thread_alert SET last_post = MAX(last_post, ?) WHERE id = ?", post.toEpochMilli(),
            latest.get()[0]);
        return false;
      }
      update("INSERT INTO thread_alert(thread, last_post, queued_at, subject, body) VALUES (?, ?, ?, ?, ?)", thread,
          post.toEpochMilli(), now.toEpochMilli(), subject, body);
      return true;
    });
  }

  /** Records a post in {@code thread} that raised no alert: it extends the episode of the thread's latest alert. */
  void threadPost(String thread, Instant post) {
    update("UPDATE thread_alert SET last_post = MAX(last_post, ?) WHERE id = (SELECT MAX(id) FROM thread_alert"
        + " WHERE thread = ?)", post.toEpochMilli(), thread);
  }

  /** Unsent alerts, oldest first. */
  List<Alert> pendingAlerts() {
    try (PreparedStatement s = db.prepareStatement(
        "SELECT id, queued_at, subject, body FROM thread_alert WHERE sent_at IS NULL ORDER BY id")) {
      List<Alert> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Alert(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Marks an alert as sent. */
  void alertSent(Alert alert, Instant now) {
    update("UPDATE thread_alert SET sent_at = ? WHERE id = ?", now.toEpochMilli(), alert.id());
  }

  /** {id, last_post} of the thread's latest alert. */
  private Optional<long[]> latestAlert(String thread) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT id, last_post FROM thread_alert WHERE thread = ? ORDER BY id DESC LIMIT 1")) {
      s.setString(1, thread);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)}) : Optional.empty();
      }
    }
  }

  /** Work that runs in one transaction. */
  private interface Transaction<T> {
    T run() throws SQLException;
  }

  private <T> T inTransaction(Transaction<T> work) {
    try {
      db.setAutoCommit(false);
      try {
        T result = work.run();
        db.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static StoreException failure(SQLException e) {
    return new StoreException("bot store failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
