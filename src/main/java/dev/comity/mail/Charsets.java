package dev.comity.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes body bytes with the charset a part declares, falling back when the label is missing, unknown or wrong. */
final class Charsets {
  private Charsets() {}

  /**
   * Decodes {@code bytes}: strictly with the declared charset when the JDK knows it, else strictly as UTF-8, else as
   * ISO-8859-1 (which maps every byte, so this never fails). A label that does not fit the bytes is common in old
   * mail: "us-ascii" over 8-bit text, "iso-8859-1" over UTF-8 is handled by the strict attempt failing.
   */
  static String decode(byte[] bytes, String declared) {
    Charset charset = lookup(declared);
    if (charset != null) {
      String text = strict(bytes, charset);
      if (text != null) {
        return text;
      }
    }
    if (charset != StandardCharsets.UTF_8) {
      String text = strict(bytes, StandardCharsets.UTF_8);
      if (text != null) {
        return text;
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      // Illegal or unsupported name: decode as if none were declared.
      return null;
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
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return null;
    }
  }
}
