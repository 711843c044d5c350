package dev.comity.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes body bytes with the charset a part declares, falling back when the label is missing, unknown or wrong. */
final class Charsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] ASCII_PROBE = "Az09 <>=-\n".getBytes(StandardCharsets.US_ASCII);

  private Charsets() {}

  /**
   * Decodes {@code bytes} with the first of these that decodes them without error, so this never fails:
   *
   * <ol>
   *   <li>UTF-8, when the declared charset is a single-byte one that extends ASCII (or none is declared): 8-bit bytes
   *       that form valid UTF-8 are UTF-8 in practice, whatever the label says (mailers label UTF-8 text "iso-8859-1"
   *       or "us-ascii"), while Latin-1 text is almost never valid UTF-8;
   *   <li>the declared charset, if the JDK knows it (any charset or alias it supports), with "iso-8859-1" and
   *       "us-ascii" read as windows-1252, as browsers do, because Windows mailers sent curly quotes under those labels;
   *   <li>UTF-8, then windows-1252, then ISO-8859-1 (which maps every byte).
   * </ol>
   */
  static String decode(byte[] bytes, String declared) {
    Charset charset = lookup(declared);
    if (charset == null || asciiSingleByte(charset)) {
      String text = strict(bytes, StandardCharsets.UTF_8);
      if (text != null) {
        return text;
      }
    }
    if (charset != null) {
      if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
        charset = WINDOWS_1252;
      }
      String text = strict(bytes, charset);
      if (text != null) {
        return text;
      }
    }
    for (Charset fallback : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
      String text = strict(bytes, fallback);
      if (text != null) {
        return text;
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static Charset lookup(String name) {
    if (name == null) {
      return null;
    }
    // Mailers quote labels twice or pad them; the JDK knows the plain spellings and their aliases.
    String label = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (label.isEmpty()) {
      return null;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalArgumentException e) {
      // Illegal or unsupported name ("unknown-8bit", "x-user-defined", "utf-7"): decode as if none were declared.
      return null;
    }
  }

  /** Whether every character of {@code charset} is one byte and ASCII bytes mean ASCII in it (not UTF-16, EBCDIC). */
  private static boolean asciiSingleByte(Charset charset) {
    try {
      return charset.canEncode()
          && charset.newEncoder().maxBytesPerChar() == 1
          && new String(ASCII_PROBE, charset).equals(new String(ASCII_PROBE, StandardCharsets.US_ASCII));
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException | UnsupportedOperationException | IllegalStateException e) {
      return null;
    }
  }
}
