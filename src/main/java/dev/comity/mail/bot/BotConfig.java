package dev.comity.mail.bot;

import dev.comity.api.ConfigurationException;
import dev.comity.api.Verdict;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The bot's configuration, read from a properties file by {@link #load}. Immutable. Passwords come from an environment
 * variable or from a file that only its owner can read; neither appears in {@link #toString()}.
 *
 * @param imap the server to watch
 * @param folder the folder to watch
 * @param idle whether to use IMAP IDLE when the server offers it (otherwise, and on servers without it, poll)
 * @param pollInterval how often to look for new mail when polling
 * @param verdict the lowest verdict that is acted on
 * @param keyword the IMAP keyword set on flagged messages; it also tells the bot a message was already handled
 * @param moveTo the folder flagged messages are moved to, if any
 * @param backlog whether the first run handles the messages already in the folder, or only those that arrive later
 * @param storeFile the SQLite file that holds progress and the digest queue
 * @param maxMessageBytes larger messages are not scored (and listed in the digest as such)
 * @param digest where and how often to mail moderators, if at all
 * @param threadAlerts where the participant history for thread alerts is kept, if they are on
 */
public record BotConfig(
    Server imap,
    String folder,
    boolean idle,
    Duration pollInterval,
    Verdict verdict,
    String keyword,
    Optional<String> moveTo,
    boolean backlog,
    Path storeFile,
    long maxMessageBytes,
    Optional<Digest> digest,
    Optional<ThreadAlerts> threadAlerts) {

  /** How a connection is protected. */
  public enum Security {
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS,
    /** Plain connection upgraded with STARTTLS, which is required. */
    STARTTLS,
    /** No encryption: accepted only for loopback hosts (tests, a local relay). */
    NONE
  }

  /**
   * A mail server account.
   *
   * @param user the login name, or empty to send without authentication (SMTP relays only)
   */
  public record Server(String host, int port, Security security, Optional<String> user, Optional<Secret> password) {}

  /**
   * The moderators' digest.
   *
   * @param smtp the submission server
   * @param from the digest's sender address
   * @param to the moderators' addresses
   * @param batchSize a digest goes out as soon as this many findings are queued
   * @param maxDelay ...or when the oldest queued finding has waited this long
   * @param archiveUrl a link template with {@code {message-id}} (URL-encoded, without angle brackets), if any
   */
  public record Digest(
      Server smtp,
      String from,
      List<String> to,
      int batchSize,
      Duration maxDelay,
      Optional<String> archiveUrl) {}

  /**
   * Thread alerts: every handled message joins a {@link dev.comity.thread.ThreadWatch}, and a thread crossing the
   * brigading or pile-on threshold is mailed to the digest's moderators, once per episode.
   *
   * @param history the SQLite participant history (who posted on the list before, since when)
   * @param keyFile the key that hashes author identities in the history, created owner-only if missing
   */
  public record ThreadAlerts(Path history, Path keyFile) {}

  /** Keys this file may hold; anything else is reported, since a typo would otherwise silently keep a default. */
  static final List<String> KEYS =
      List.of(
          "imap.host", "imap.port", "imap.security", "imap.user", "imap.password.env", "imap.password.file",
          "imap.folder", "imap.idle", "imap.poll-interval",
          "bot.verdict", "bot.keyword", "bot.move-to", "bot.backlog", "bot.store", "bot.max-message-bytes",
          "digest.to", "digest.from", "digest.batch-size", "digest.max-delay", "digest.archive-url",
          "thread.alerts", "thread.history", "thread.key-file",
          "smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.password.env", "smtp.password.file");

  /**
   * Reads and validates {@code file}; relative paths in it ({@code bot.store}, password files) are resolved against
   * the file's directory.
   *
   * @param env the environment, for {@code *.password.env}
   * @throws ConfigurationException listing every problem, each as {@code file:line:col: message}
   * @throws IOException when the file cannot be read
   */
  public static BotConfig load(Path file, Map<String, String> env) throws IOException {
    return new Reader(PropertiesFile.read(file), env).config();
  }

  /** Reads one file, collecting every problem before failing. */
  private static final class Reader {
    private final PropertiesFile file;
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Reader(PropertiesFile file, Map<String, String> env) {
      this.file = file;
      this.env = env;
      problems.addAll(file.problems());
      for (PropertiesFile.Entry e : file.entries().values()) {
        if (!KEYS.contains(e.key())) {
          problems.add(
              file.path() + ":" + e.line() + ":1: unknown key '" + e.key() + "'; known keys: "
                  + String.join(", ", KEYS));
        }
      }
    }

    BotConfig config() {
      Server imap = server("imap", 993, 143);
      String folder = string("imap.folder").orElse("INBOX");
      boolean idle = bool("imap.idle", true);
      Duration poll = duration("imap.poll-interval", Duration.ofSeconds(60));
      Verdict verdict =
          parse("bot.verdict", Verdict.REVIEW, v -> {
            Verdict parsed = Verdict.fromId(v);
            if (parsed == Verdict.OK) {
              throw new IllegalArgumentException("'ok' would act on every message; use review or violation");
            }
            return parsed;
          });
      String keyword = parse("bot.keyword", "$ComityFlagged", Reader::atom);
      Optional<String> moveTo = string("bot.move-to");
      if (moveTo.isPresent() && moveTo.get().equals(folder)) {
        problem("bot.move-to", "is the watched folder itself");
      }
      boolean backlog =
          parse("bot.backlog", false, v -> switch (v) {
            case "skip" -> false;
            case "process" -> true;
            default -> throw new IllegalArgumentException("expected skip or process, got '" + v + "'");
          });
      Path store = required("bot.store").map(this::resolve).orElse(null);
      long maxBytes = parse("bot.max-message-bytes", 25L << 20, v -> positive(Long.parseLong(v)));
      Optional<Digest> digest = digest();
      Optional<ThreadAlerts> threadAlerts = threadAlerts(store, digest.isPresent());
      if (!problems.isEmpty()) {
        throw new ConfigurationException(problems);
      }
      return new BotConfig(imap, folder, idle, poll, verdict, keyword, moveTo, backlog, store, maxBytes, digest,
          threadAlerts);
    }

    /** On by default when there are moderators to tell; the history defaults to participants.db next to the store. */
    private Optional<ThreadAlerts> threadAlerts(Path store, boolean digest) {
      boolean on = bool("thread.alerts", digest);
      if (on && !digest && file.entries().containsKey("thread.alerts")) {
        problem("thread.alerts", "is true but digest.to is not set, so there is no one to alert");
      }
      if (!on || !digest) {
        for (String key : List.of("thread.history", "thread.key-file")) {
          if (file.entries().containsKey(key)) {
            problem(key, "is set but thread alerts are off");
          }
        }
        return Optional.empty();
      }
      Path history = string("thread.history").map(this::resolve)
          .orElse(store == null ? null : store.resolveSibling("participants.db"));
      if (history == null) {
        return Optional.empty();
      }
      PropertiesFile.Entry keyEntry = file.entries().get("thread.key-file");
      Path key = string("thread.key-file").map(this::resolve).orElse(Path.of(history + ".key"));
      if (Files.exists(key)) {
        ownerOnly(key).ifPresent(m -> {
          if (keyEntry != null) {
            problem(keyEntry, m);
          } else {
            problems.add(file.path() + ": thread.key-file (default): " + m);
          }
        });
      }
      return Optional.of(new ThreadAlerts(history, key));
    }

    private Optional<Digest> digest() {
      Optional<String> to = string("digest.to");
      if (to.isEmpty()) {
        for (String key : KEYS) {
          if ((key.startsWith("digest.") || key.startsWith("smtp.")) && file.entries().containsKey(key)) {
            problem(key, "is set but digest.to is not, so no digest would be sent");
          }
        }
        return Optional.empty();
      }
      List<String> addresses = new ArrayList<>();
      for (String address : to.get().split(",")) {
        String a = address.strip();
        if (isAddress(a)) {
          addresses.add(a);
        } else {
          problem("digest.to", "'" + a + "' is not a mail address");
        }
      }
      Optional<String> from = required("digest.from");
      if (from.isPresent() && !isAddress(from.get())) {
        problem("digest.from", "'" + from.get() + "' is not a mail address");
      }
      Server smtp = server("smtp", 465, 587);
      int batch = parse("digest.batch-size", 20, v -> (int) positive(Integer.parseInt(v)));
      Duration delay = duration("digest.max-delay", Duration.ofMinutes(30));
      Optional<String> archive = string("digest.archive-url");
      if (archive.isPresent() && !archive.get().contains("{message-id}")) {
        problem("digest.archive-url", "needs a {message-id} placeholder");
      }
      return Optional.of(new Digest(smtp, from.orElse(""), List.copyOf(addresses), batch, delay, archive));
    }

    /** {@code prefix.host/port/security/user/password.*}; IMAP needs a user and a password, SMTP may have neither. */
    private Server server(String prefix, int tlsPort, int plainPort) {
      Optional<String> host = required(prefix + ".host");
      Security security =
          parse(prefix + ".security", Security.TLS, v -> Security.valueOf(v.toUpperCase(Locale.ROOT)));
      if (security == Security.NONE && host.isPresent() && !isLoopback(host.get())) {
        problem(prefix + ".security", "'none' would send the password in clear text to " + host.get()
            + "; it is allowed only for loopback hosts");
      }
      int port =
          parse(prefix + ".port", security == Security.TLS ? tlsPort : plainPort, v -> {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
              throw new IllegalArgumentException("port " + p + " is outside 1..65535");
            }
            return p;
          });
      boolean imap = prefix.equals("imap");
      Optional<String> user = imap ? required(prefix + ".user") : string(prefix + ".user");
      Optional<Secret> password = password(prefix);
      boolean passwordSet =
          file.entries().containsKey(prefix + ".password.env") || file.entries().containsKey(prefix + ".password.file");
      if (!passwordSet && (imap || user.isPresent())) {
        problems.add(file.path() + ": " + prefix + ".user needs " + prefix + ".password.env or " + prefix
            + ".password.file");
      }
      if (password.isPresent() && user.isEmpty() && !imap) {
        problem(prefix + ".password." + (file.entries().containsKey(prefix + ".password.env") ? "env" : "file"),
            "is set but " + prefix + ".user is not");
      }
      return new Server(host.orElse(""), port, security, user, password);
    }

    private Optional<Secret> password(String prefix) {
      PropertiesFile.Entry env = file.entries().get(prefix + ".password.env");
      PropertiesFile.Entry path = file.entries().get(prefix + ".password.file");
      if (env != null && path != null) {
        problem(path, "set only one of " + prefix + ".password.env and " + prefix + ".password.file");
        return Optional.empty();
      }
      if (env != null) {
        String value = this.env.get(env.value());
        if (value == null || value.isEmpty()) {
          problem(env, "environment variable " + env.value() + " is not set");
          return Optional.empty();
        }
        return Optional.of(new Secret(value));
      }
      if (path != null) {
        return passwordFile(path);
      }
      return Optional.empty();
    }

    /** The first line of a file that only its owner may read or write. */
    private Optional<Secret> passwordFile(PropertiesFile.Entry entry) {
      Path path = resolve(entry.value());
      Optional<String> open = ownerOnly(path);
      if (open.isPresent()) {
        problem(entry, open.get());
        return Optional.empty();
      }
      try {
        String content = Files.readString(path, StandardCharsets.UTF_8);
        int end = content.indexOf('\n');
        String first = (end < 0 ? content : content.substring(0, end)).replace("\r", "");
        if (first.isEmpty()) {
          problem(entry, path + " is empty; the password must be on its first line");
          return Optional.empty();
        }
        return Optional.of(new Secret(first));
      } catch (IOException e) {
        problem(entry, "cannot read " + path + ": " + e.getClass().getSimpleName());
      }
      return Optional.empty();
    }

    /** Why {@code path}, a secret, is not safe to use: group or others may read or write it, or it cannot be checked. */
    private static Optional<String> ownerOnly(Path path) {
      try {
        Set<PosixFilePermission> open = EnumSet.copyOf(Files.getPosixFilePermissions(path));
        open.retainAll(
            EnumSet.of(
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE));
        return open.isEmpty()
            ? Optional.empty()
            : Optional.of(path + " can be read or written by group or others; run chmod 600 " + path);
      } catch (UnsupportedOperationException e) {
        return Optional.of("cannot check the permissions of " + path + " on this file system");
      } catch (IOException e) {
        return Optional.of("cannot read " + path + ": " + e.getClass().getSimpleName());
      }
    }

    private Duration duration(String key, Duration fallback) {
      return parse(key, fallback, v -> {
        if (v.length() < 2) {
          throw new IllegalArgumentException("expected a number and a unit s, m or h, e.g. 90s, got '" + v + "'");
        }
        long n = positive(Long.parseLong(v.substring(0, v.length() - 1)));
        return switch (v.charAt(v.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> throw new IllegalArgumentException(
              "expected a number and a unit s, m or h, e.g. 90s, got '" + v + "'");
        };
      });
    }

    private boolean bool(String key, boolean fallback) {
      return parse(key, fallback, v -> switch (v) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("expected true or false, got '" + v + "'");
      });
    }

    /** The value of {@code key} converted, or {@code fallback} when absent or invalid (the problem is recorded). */
    private <T> T parse(String key, T fallback, Function<String, T> converter) {
      PropertiesFile.Entry entry = file.entries().get(key);
      if (entry == null) {
        return fallback;
      }
      try {
        return converter.apply(entry.value());
      } catch (NumberFormatException e) {
        problem(entry, "'" + entry.value() + "' is not a number");
      } catch (IllegalArgumentException e) {
        problem(entry, e.getMessage());
      }
      return fallback;
    }

    private Optional<String> string(String key) {
      PropertiesFile.Entry entry = file.entries().get(key);
      if (entry == null) {
        return Optional.empty();
      }
      if (entry.value().isEmpty()) {
        problem(entry, key + " is empty");
        return Optional.empty();
      }
      return Optional.of(entry.value());
    }

    private Optional<String> required(String key) {
      if (!file.entries().containsKey(key)) {
        problems.add(file.path() + ": missing " + key);
        return Optional.empty();
      }
      return string(key);
    }

    private Path resolve(String value) {
      Path p = Path.of(value);
      Path dir = file.path().toAbsolutePath().getParent();
      return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private void problem(String key, String message) {
      problem(file.entries().get(key), message);
    }

    private void problem(PropertiesFile.Entry entry, String message) {
      problems.add(file.where(entry) + ": " + entry.key() + ": " + message);
    }

    /** One RFC 5322 address with a domain, as Jakarta Mail will need it to send. */
    private static boolean isAddress(String value) {
      try {
        InternetAddress[] parsed = InternetAddress.parse(value, true);
        return parsed.length == 1 && parsed[0].getAddress().indexOf('@') > 0;
      } catch (AddressException e) {
        return false;
      }
    }

    private static long positive(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("must be at least 1, got " + n);
      }
      return n;
    }

    /** An IMAP keyword is an atom (RFC 3501): printable ASCII without specials; a leading backslash is a system flag. */
    private static String atom(String v) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c <= ' ' || c >= 0x7f || "(){%*\"\\]".indexOf(c) >= 0) {
          throw new IllegalArgumentException(
              "'" + v + "' is not an IMAP keyword: use letters, digits and $-_. (no spaces or ( ) { % * \" \\ ])");
        }
      }
      return v;
    }
  }

  /** Whether {@code host} names this machine's loopback interface, without a DNS lookup for other names. */
  static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
      return false;
    }
    try {
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
