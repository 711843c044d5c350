package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns author names into keyed hashes (HMAC-SHA256 under a per-list secret), so that participant history never stores
 * an address. Identities are normalized first, so that the spellings one list archive uses for one person hash alike:
 * {@code "Jane Doe <jane@example.org>"}, {@code "jane at example.org (Jane Doe)"} (pipermail) and {@code
 * "JANE@example.org"} all give the same key.
 *
 * <p>The key is 32 random bytes in a file readable by its owner only ({@link #loadOrCreate}); whoever has it can test
 * whether a given address posted, so keep it with the database and out of reports. A one-shot scan that keeps no
 * history uses {@link #random()}. Immutable and thread-safe.
 */
public final class AuthorKeys {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;

  private final byte[] key;

  private AuthorKeys(byte[] key) {
    this.key = key.clone();
  }

  /** Hashing under {@code key}, which must hold at least 16 bytes. */
  public static AuthorKeys of(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("an author key needs at least 16 bytes, got " + key.length);
    }
    return new AuthorKeys(key);
  }

  /** Hashing under a fresh random key, for analyses whose history lives only in memory. */
  public static AuthorKeys random() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new AuthorKeys(key);
  }

  /**
   * The key stored in {@code file} as hex, or a new random key written there (owner read/write only) when the file does
   * not exist.
   *
   * @throws IOException when the file cannot be read or written, or does not hold a hex key of at least 16 bytes
   */
  public static AuthorKeys loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
      try {
        return of(HexFormat.of().parseHex(hex));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":1:1: not a hex key of at least 32 hex digits: " + e.getMessage(), e);
      }
    }
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!PrivateFiles.createIfMissing(file)) {
      throw new FileAlreadyExistsException(file.toString(), null, "created while the key was being made");
    }
    Files.writeString(file, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
    return new AuthorKeys(key);
  }

  /** The keyed hash of {@code author} after {@link #normalize}, as 64 lower-case hex digits. */
  public String key(String author) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(normalize(author).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  /**
   * The identity compared: the address inside {@code <...>} if there is one, else the text before a {@code (comment)},
   * reduced to a skeleton that every spelling of it in a pipermail archive shares. Over the years R-devel's archive
   * wrote one address as {@code murdoch.duncan at gmail.com}, {@code murdoch@dunc@n @ending from gm@il@com} and {@code
   * murdoch@dunc@n @end|ng |rom gm@||@com}: the skeleton lower-cases, maps {@code a s n . @} to {@code @} and {@code i l
   * f |} to {@code |}, drops the separator words ({@code at}, {@code sending from}, {@code mailing on/off}) and joins
   * what is left with {@code @}. The price is that addresses differing only inside one of those groups share a key.
   */
  static String normalize(String author) {
    String s = requireNonNull(author, "author").strip();
    int open = s.indexOf('<');
    int close = open < 0 ? -1 : s.indexOf('>', open + 1);
    if (close > open + 1) {
      s = s.substring(open + 1, close);
    } else {
      int paren = s.indexOf('(');
      if (paren > 0) {
        s = s.substring(0, paren);
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? Character.toLowerCase(s.charAt(i)) : ' ';
      if (Character.isWhitespace(c) || c == '"') {
        if (token.length() > 0 && !SEPARATORS.contains(token.toString())) {
          out.append(out.length() > 0 ? "@" : "").append(token);
        }
        token.setLength(0);
      } else {
        token.append(switch (c) {
          case 'a', 's', 'n', '.', '@' -> '@';
          case 'i', 'l', 'f', '|' -> '|';
          default -> c;
        });
      }
    }
    return out.toString();
  }

  /** Skeletons of the words pipermail put between user and domain: at, sending from, mailing on, mailing off. */
  private static final Set<String> SEPARATORS = Set.of("@t", "@e@d|@g", "|rom", "m@|||@g", "o@", "o||");
}
