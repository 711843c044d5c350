package dev.comity.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Adds header fields to a raw RFC 5322 message and removes forged ones, working on bytes so that every other byte,
 * 8-bit bodies included, stays as it was. Stateless and thread-safe.
 *
 * <p>New fields go at the top of the header block, as trace fields like {@code Received} do: the position needs no
 * parsing of the rest of the message, so it works for any input. The one exception is a leading mbox
 * {@code From } envelope line (Postfix's {@code pipe} with flag {@code F} writes one), which stays first. New fields
 * end with the line ending the message already uses: CRLF when its first line ends with CRLF, LF otherwise.
 *
 * <p>Removal: every field in the header block (up to the first empty line, or the whole input when there is none)
 * whose name starts with {@link #PREFIX}, case-insensitively, is dropped together with its continuation lines. Lines
 * end at LF, CRLF or a bare CR. Continuation lines at the very start of the header block, which belong to no field,
 * are dropped too, so that they cannot extend the fields written.
 */
public final class HeaderRewriter {
  /** The name prefix of the fields this class writes and removes. */
  public static final String PREFIX = "X-Comity-";

  /** Longest value written, before folding: keeps every field well under RFC 5322's 998-octet line limit. */
  static final int MAX_VALUE = 900;

  /** Folded lines are kept to this many characters where spaces allow, as RFC 5322 recommends. */
  private static final int FOLD_AT = 78;

  private static final byte[] PREFIX_BYTES = PREFIX.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);

  /** A header field to add. The value is sanitized and folded on writing, so it may hold anything. */
  public record Field(String name, String value) {
    /** @throws IllegalArgumentException unless {@code name} is {@link #PREFIX} followed by letters, digits or '-' */
    public Field {
      if (!name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
          || name.length() == PREFIX.length()
          || !name.chars().allMatch(c -> c == '-' || (c < 128 && Character.isLetterOrDigit(c)))) {
        throw new IllegalArgumentException("not an " + PREFIX + "* field name: " + name);
      }
    }
  }

  private HeaderRewriter() {}

  /**
   * Whether the first {@code length} bytes of {@code raw} start like a mail message: with a header field
   * ({@code name:} where the name is printable ASCII without spaces), after an optional mbox {@code From } envelope
   * line.
   */
  public static boolean looksLikeMessage(byte[] raw, int length) {
    int start = startsWith(raw, length, 0, "From ") ? lineEnd(raw, length, 0) : 0;
    int i = start;
    while (i < length && raw[i] > ' ' && raw[i] < 127 && raw[i] != ':') {
      i++;
    }
    boolean named = i > start;
    // RFC 5322's obsolete syntax allows blanks between the name and the colon.
    while (i < length && (raw[i] == ' ' || raw[i] == '\t')) {
      i++;
    }
    return named && i < length && raw[i] == ':';
  }

  /** Whether the first {@code length} bytes of {@code raw} hold the empty line that ends the header block. */
  public static boolean hasHeaderEnd(byte[] raw, int length) {
    return headerEnd(raw, length) < length;
  }

  /**
   * The first {@code length} bytes of {@code raw} with {@code fields} added and, when {@code strip} is set, the
   * header block's {@link #PREFIX} fields removed. Only strip when the whole header block is in {@code raw} (see
   * {@link #hasHeaderEnd}); otherwise a field cut at the end could be half removed.
   */
  public static byte[] rewrite(byte[] raw, int length, List<Field> fields, boolean strip) {
    String eol = crlf(raw, length) ? "\r\n" : "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 512);
    int pos = 0;
    if (startsWith(raw, length, 0, "From ")) {
      pos = lineEnd(raw, length, 0);
      out.write(raw, 0, pos);
    }
    for (Field f : fields) {
      out.writeBytes(format(f, eol).getBytes(StandardCharsets.US_ASCII));
    }
    // Continuation lines before the first field belong to none (readers ignore them), but after the fields written
    // above they would extend the last one. A line that may go on past the input is kept unless the whole header
    // block is in it: dropping its start would let the rest of the line, streamed after it, begin a field.
    while (pos < length && isBlank(raw[pos])) {
      int next = lineEnd(raw, length, pos);
      if (next == length && !strip && raw[length - 1] != '\n') {
        break;
      }
      pos = next;
    }
    int end = strip ? headerEnd(raw, length) : pos;
    boolean dropping = false;
    while (pos < end) {
      int next = lineEnd(raw, length, pos);
      boolean continuation = isBlank(raw[pos]);
      // A continuation line belongs to the field above it, so it shares that field's fate.
      dropping = continuation ? dropping : startsWithIgnoreCase(raw, length, pos, PREFIX_BYTES);
      if (!dropping) {
        out.write(raw, pos, next - pos);
      }
      pos = next;
    }
    out.write(raw, pos, length - pos);
    return out.toByteArray();
  }

  /**
   * One field as header lines: the value reduced to printable ASCII (line breaks and other controls become spaces,
   * other characters '?', so nothing echoed from a message can start a header line of its own), cut to
   * {@link #MAX_VALUE} characters, and folded at spaces.
   */
  static String format(Field field, String eol) {
    StringBuilder value = new StringBuilder();
    field.value().codePoints().limit(MAX_VALUE).forEach(c -> value.append(safe(c)));
    String[] words = value.toString().strip().split(" +");
    StringBuilder out = new StringBuilder(field.name()).append(':');
    int lineLength = out.length();
    for (String word : words) {
      if (lineLength + 1 + word.length() > FOLD_AT && lineLength > field.name().length() + 1) {
        out.append(eol);
        lineLength = 0;
      }
      out.append(' ').append(word);
      lineLength += 1 + word.length();
    }
    return out.append(eol).toString();
  }

  private static char safe(int c) {
    if (c > ' ' && c < 127) {
      return (char) c;
    }
    return c <= ' ' || c == 127 || Character.isWhitespace(c) ? ' ' : '?';
  }

  /** Whether the first line of the input ends with CRLF. */
  private static boolean crlf(byte[] raw, int length) {
    int end = lineEnd(raw, length, 0);
    return end >= 2 && raw[end - 1] == '\n' && raw[end - 2] == '\r';
  }

  /** The offset of the empty line ending the header block, or {@code length} when there is none. */
  private static int headerEnd(byte[] raw, int length) {
    int pos = 0;
    while (pos < length) {
      if (raw[pos] == '\n' || (raw[pos] == '\r' && pos + 1 < length && raw[pos + 1] == '\n')) {
        return pos;
      }
      pos = lineEnd(raw, length, pos);
    }
    return length;
  }

  /**
   * The offset just after the line break (LF, CRLF or a bare CR) ending the line at {@code from}, or {@code length}
   * for an unterminated line. RFC 5322 forbids a bare CR, but some readers (Python's email package, so Mailman 3)
   * break lines at it, so a field after one must be found too.
   */
  private static int lineEnd(byte[] raw, int length, int from) {
    for (int i = from; i < length; i++) {
      if (raw[i] == '\n') {
        return i + 1;
      }
      if (raw[i] == '\r') {
        return i + 1 < length && raw[i + 1] == '\n' ? i + 2 : i + 1;
      }
    }
    return length;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  private static boolean startsWith(byte[] raw, int length, int at, String ascii) {
    if (length - at < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (raw[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Compares with {@code lower}, which must be lower-case ASCII. */
  private static boolean startsWithIgnoreCase(byte[] raw, int length, int at, byte[] lower) {
    if (length - at < lower.length) {
      return false;
    }
    for (int i = 0; i < lower.length; i++) {
      byte b = raw[at + i];
      if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lower[i]) {
        return false;
      }
    }
    return true;
  }
}
