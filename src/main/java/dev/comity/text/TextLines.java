package dev.comity.text;

import java.util.Arrays;

/**
 * The lines of a text as start offsets, found without copying the text. A line ends after {@code \n}, {@code \r\n} or
 * a lone {@code \r} (the terminator belongs to it), or at the end of the text. Immutable.
 */
final class TextLines {
  private final char[] chars;
  /** {@code starts[i]} is where line {@code i} starts; {@code starts[count]} is the text length. */
  private final int[] starts;
  private final int count;

  /** @param chars {@code text} as an array */
  TextLines(String text, char[] chars) {
    this.chars = chars;
    int n = text.length();
    int[] found = new int[64];
    int lines = 0;
    // Next \n and \r at or after pos, or -1 when there is none left: each is searched once per occurrence.
    int lf = text.indexOf('\n');
    int cr = text.indexOf('\r');
    int pos = 0;
    while (pos < n) {
      if (lines + 1 >= found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
      found[lines++] = pos;
      if (lf >= 0 && lf < pos) {
        lf = text.indexOf('\n', pos);
      }
      if (cr >= 0 && cr < pos) {
        cr = text.indexOf('\r', pos);
      }
      int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) {
        pos = n;
      } else {
        boolean crlf = chars[end] == '\r' && end + 1 < n && chars[end + 1] == '\n';
        pos = end + (crlf ? 2 : 1);
      }
    }
    found[lines] = n;
    this.starts = found;
    this.count = lines;
  }

  /** Number of lines; 0 for the empty text. */
  int count() {
    return count;
  }

  /** Where line {@code i} starts. */
  int start(int i) {
    return starts[i];
  }

  /** Where line {@code i} ends, after its terminator. */
  int end(int i) {
    return starts[i + 1];
  }

  /** Where the content of line {@code i} ends, before its terminator. */
  int contentEnd(int i) {
    int s = starts[i];
    int e = starts[i + 1];
    // Every \n and \r ends a line, so one found at the end of a line is its terminator.
    if (e > s && chars[e - 1] == '\n') {
      e--;
      if (e > s && chars[e - 1] == '\r') {
        e--;
      }
    } else if (e > s && chars[e - 1] == '\r') {
      e--;
    }
    return e;
  }
}
