package dev.comity;

import java.util.List;

/**
 * Turns fuzzer bytes into awkward text for the fuzz targets. ASCII bytes stay themselves (controls and NUL included),
 * so the fuzzer can write plain mail and lexicon syntax; bytes 0x80-0xEF each pick one piece of awkward Unicode, so a
 * single mutation reaches a combining mark, a bidi override or a look-alike letter; 0xF0-0xFF take the next two bytes
 * as any UTF-16 code unit, lone surrogates included.
 */
public final class FuzzText {
  private static final List<String> PIECES = List.of(
      "\u0301", "\u0301\u0302\u0303", "e\u0301", "\u00E9", "\u0130", "\u00DF", "\uFB01", "\uFB03", "\uFDFA", "\u00B4",
      "\u037A", "\u2474", "\u3392", "\u1E9E", "\u0131", "\u00F8", "\u0142", "\uFF29\uFF24",
      "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B",
      "\u202D", "\u202E", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\uFE0F", "\u180E",
      "\u00A0", "\u2003", "\u3000", "\u2028", "\u2029", "\u0085", "\u1680", "\u205F",
      "\u0456", "\u0430", "\u0435", "\u043E", "\u0440", "\u0441", "\u0443", "\u0445", "\u0455", "\u0458", "\u0406",
      "\u03BF", "\u03B1", "\u03B9", "\u03BD", "\u0442", "\u043F", "\u03BB",
      "\u05E9", "\u0645", "\u0627\u0644", "\u4E2D", "\uAC00", "\u1100\u1161", "\u0E01\u0E34",
      "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83C\uDDFA\uD83C\uDDF8", "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD835\uDC22", "\uD801\uDC00", "\uD840\uDC00", "\uDB40\uDC67",
      "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uE000", "\u0080", "\u009F",
      "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2013", "\u2014", "\u2026",
      "idiot", "stupid", "moron", "you", "your", "are", "the", "patch", "this", "is", "an", "not", "\u00E7a", "kill",
      "-- \n", "> ", ">> ", "\n> ", "\n\n", "\r\n", "diff --git a/x b/x\n", "@@ -1,2 +1,2 @@\n", "--- a/x\n+++ b/x\n",
      "```\n", "    ", "On Mon, Jan 1, 2024 at 10:00 Jane <j@x.org> wrote:\n", "-----Original Message-----\n",
      "https://example.org/a_(b).", "www.", "mailto:", "Traceback (most recent call last):\n",
      "\tat org.x.Y.z(Y.java:1)\n", "Exception in thread \"main\" ", "[  0.000000] ", "$ ", "#include ");

  private FuzzText() {}

  /** The text {@code data} spells, as described in the class comment. */
  public static String decode(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xFF;
      if (b < 0x80) {
        sb.append((char) b);
      } else if (b < 0xF0) {
        sb.append(PIECES.get((b - 0x80) % PIECES.size()));
      } else if (i + 2 < data.length) {
        sb.append((char) ((data[i + 1] & 0xFF) << 8 | data[i + 2] & 0xFF));
        i += 2;
      }
    }
    return sb.toString();
  }
}
