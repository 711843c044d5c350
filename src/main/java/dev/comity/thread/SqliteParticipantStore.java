package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Participant history in an SQLite database (sqlite-jdbc, embedded: no server, one file the bot keeps next to its
 * state). Table {@code posts} holds one row per message (message key, author key, time); table {@code authors} keeps
 * each author's first and last post and count, so that "how many newcomers this quarter" is one indexed range count.
 * One connection, used under this object's lock.
 */
final class SqliteParticipantStore implements ParticipantStore {
  /** Bumped when the tables change; a database of another version is refused rather than misread. */
  static final int SCHEMA_VERSION = 1;

  private final Path file;
  private final Connection connection;

  private SqliteParticipantStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  static SqliteParticipantStore open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // Author keys are hashed, but post ids and times still tell who wrote what when: owner-only, as the key file.
    PrivateFiles.createIfMissing(file);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        int version;
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
          version = r.next() ? r.getInt(1) : 0;
        }
        if (version == 0) {
          s.execute("CREATE TABLE IF NOT EXISTS posts (message TEXT PRIMARY KEY, author TEXT NOT NULL,"
              + " at INTEGER NOT NULL)");
          s.execute("CREATE INDEX IF NOT EXISTS posts_author_at ON posts (author, at)");
          s.execute("CREATE INDEX IF NOT EXISTS posts_at ON posts (at)");
          s.execute("CREATE TABLE IF NOT EXISTS authors (author TEXT PRIMARY KEY, first_seen INTEGER NOT NULL,"
              + " last_seen INTEGER NOT NULL, posts INTEGER NOT NULL)");
          s.execute("CREATE INDEX IF NOT EXISTS authors_first_seen ON authors (first_seen)");
          s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        } else if (version != SCHEMA_VERSION) {
          c.close();
          throw new IOException(file + ": participant history schema version " + version + ", expected "
              + SCHEMA_VERSION);
        }
      }
      c.setAutoCommit(true);
      return new SqliteParticipantStore(file, c);
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open the participant history: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean record(String authorKey, String messageKey, Instant time) {
    requireNonNull(authorKey, "authorKey");
    requireNonNull(messageKey, "messageKey");
    long t = time.toEpochMilli();
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement post =
              connection.prepareStatement("INSERT OR IGNORE INTO posts (message, author, at) VALUES (?, ?, ?)");
          PreparedStatement author =
              connection.prepareStatement(
                  "INSERT INTO authors (author, first_seen, last_seen, posts) VALUES (?, ?, ?, 1)"
                      + " ON CONFLICT (author) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen),"
                      + " last_seen = max(last_seen, excluded.last_seen), posts = posts + 1")) {
        post.setString(1, messageKey);
        post.setString(2, authorKey);
        post.setLong(3, t);
        boolean added = post.executeUpdate() == 1;
        if (added) {
          author.setString(1, authorKey);
          author.setLong(2, t);
          author.setLong(3, t);
          author.executeUpdate();
        }
        connection.commit();
        return added;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized long size() {
    return queryLong("SELECT count(*) FROM posts");
  }

  @Override
  public synchronized int postsBefore(String authorKey, Instant time) {
    return (int) queryLong("SELECT count(*) FROM posts WHERE author = ? AND at < ?", authorKey, time.toEpochMilli());
  }

  @Override
  public synchronized Optional<Instant> firstSeen(String authorKey) {
    try (PreparedStatement s = connection.prepareStatement("SELECT first_seen FROM authors WHERE author = ?")) {
      s.setString(1, authorKey);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(Instant.ofEpochMilli(r.getLong(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized int newcomersBetween(Instant from, Instant to) {
    return (int) queryLong(
        "SELECT count(*) FROM authors WHERE first_seen >= ? AND first_seen < ?", from.toEpochMilli(), to.toEpochMilli());
  }

  @Override
  public synchronized int postsBetween(Instant from, Instant to) {
    return (int) queryLong("SELECT count(*) FROM posts WHERE at >= ? AND at < ?", from.toEpochMilli(), to.toEpochMilli());
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private long queryLong(String sql, Object... args) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private IllegalStateException failure(SQLException e) {
    return new IllegalStateException(file + ": participant history: " + e.getMessage(), e);
  }
}
