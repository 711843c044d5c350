package dev.comity.mail.bot;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's durable state in one SQLite file: per folder, the UIDVALIDITY and the last UID whose handling finished; and
 * the digest queue, one entry per flagged message keyed by (folder, UIDVALIDITY, UID) so that handling a message twice
 * cannot queue it twice. Every method is one SQLite transaction (WAL, {@code synchronous=FULL}), so a crash leaves the
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

  private static final int SCHEMA_VERSION = 1;

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
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (FileAlreadyExistsException | UnsupportedOperationException e) {
        // An existing store keeps its permissions; file systems without POSIX permissions get their defaults.
      }
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
    try {
      db.setAutoCommit(false);
      try (PreparedStatement s = db.prepareStatement("UPDATE digest SET sent_at = ? WHERE id = ?")) {
        for (Queued q : entries) {
          s.setLong(1, now.toEpochMilli());
          s.setLong(2, q.id());
          s.addBatch();
        }
        s.executeBatch();
        db.commit();
      } catch (SQLException e) {
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
