package dev.comity.cli;

/**
 * Turns offsets into 1-based lines and columns of one text, columns counting Unicode code points. Offsets must come
 * in non-decreasing order (as findings do, sorted by start), so a whole report costs one pass over the text.
 */
final class LineCursor {
  private final String text;
  private int line = 1;
  private int lineStart;
  private int scanned;

  LineCursor(String text) {
    this.text = text;
  }

  /** Moves to {@code offset}, clamped to the text; returns it as clamped. */
  int moveTo(int offset) {
    int target = Math.min(offset, text.length());
    for (; scanned < target; scanned++) {
      if (text.charAt(scanned) == '\n') {
        line++;
        lineStart = scanned + 1;
      }
    }
    return target;
  }

  /** The line of the last {@link #moveTo} offset. */
  int line() {
    return line;
  }

  /** The offset where that line starts. */
  int lineStart() {
    return lineStart;
  }

  /** The column of the last {@link #moveTo} offset. */
  int column() {
    return text.codePointCount(lineStart, scanned) + 1;
  }
}
