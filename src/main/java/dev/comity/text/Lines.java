package dev.comity.text;

import java.util.Arrays;

/**
 * Shape tests on one line of a text, given as {@code [s, e)} without its terminator. All of them look at a bounded
 * number of chars or scan the line once, so segmenting stays linear.
 */
final class Lines {
  /** How far the scans that look for a marker inside a line reach: the lines they look for are short. */
  static final int WINDOW = 256;

  private Lines() {}

  /**
   * {@link #isSpace} by the low byte of a char: the space char with that low byte, or a char no char with that low
   * byte equals.
   */
  private static final char[] SPACES = new char[256];

  static {
    Arrays.fill(SPACES, '\uFFFF');
    SPACES[0xFF] = 0;
    for (char c : new char[] {' ', '\t', '\u00A0', '\f', '\u000B'}) {
      SPACES[c] = c;
    }
  }

  /**
   * Horizontal white space, including the no-break space that HTML-to-text conversion leaves on blank lines. A table
   * look-up without branches: a chain of comparisons made the JIT recompile every caller the first time a rare space
   * (a no-break space, a form feed) turned up in the input.
   */
  static boolean isSpace(char c) {
    return SPACES[c & 0xFF] == c;
  }

  static int skipSpaces(char[] t, int p, int e) {
    while (p < e && isSpace(t[p])) {
      p++;
    }
    return p;
  }

  static int trimEnd(char[] t, int s, int e) {
    while (e > s && isSpace(t[e - 1])) {
      e--;
    }
    return e;
  }

  static boolean isBlank(char[] t, int s, int e) {
    return skipSpaces(t, s, e) == e;
  }

  static boolean startsWith(char[] t, int p, int e, String prefix) {
    return e - p >= prefix.length() && at(t, p, prefix);
  }

  static boolean endsWith(char[] t, int s, int e, String suffix) {
    return e - s >= suffix.length() && at(t, e - suffix.length(), suffix);
  }

  /** Whether {@code s} stands in {@code t} at {@code p}; false when it would run past the end of {@code t}. */
  static boolean at(char[] t, int p, String s) {
    int n = s.length();
    if (p < 0 || p > t.length - n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (t[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code needle} occurs within {@code [from, to)}; unlike {@link String#indexOf} it never looks further. */
  static boolean contains(char[] t, int from, int to, String needle) {
    for (int p = from, last = to - needle.length(); p <= last; p++) {
      if (at(t, p, needle)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of the run of ASCII digits starting at {@code p}. */
  static int digitsEnd(char[] t, int p, int e) {
    while (p < e && isDigit(t[p])) {
      p++;
    }
    return p;
  }

  /**
   * Number of {@code >} quote levels: {@code >} marks separated by optional white space ({@code >>}, {@code > > >});
   * 0 when the line is not quoted. White space before the first mark is allowed whatever its width: Supercite and
   * Gnus users quote as {@code "    > text"}.
   */
  static int quoteDepth(char[] t, int s, int e) {
    int depth = 0;
    for (int p = skipSpaces(t, s, e); p < e && t[p] == '>'; p = skipSpaces(t, p + 1, e)) {
      depth++;
    }
    return depth;
  }

  /** The signature separator: {@code "-- "} or {@code "--"} alone on a line (trailing white space ignored). */
  static boolean isSignatureDash(char[] t, int s, int e) {
    return e - s >= 2 && t[s] == '-' && t[s + 1] == '-' && isBlank(t, s + 2, e);
  }

  /** Indented by four columns or more, counting a tab as reaching the next multiple of four. */
  static boolean isIndented(char[] t, int s, int e) {
    for (int p = s; p < e && p - s < 4; p++) {
      char c = t[p];
      if (c == '\t') {
        return true;
      }
      if (c != ' ') {
        return false;
      }
    }
    return e - s > 4;
  }

  /** A list item: {@code - }, {@code * }, {@code + } or {@code • } bullets, or {@code 1. } / {@code 1) } numbers. */
  static boolean isListItem(char[] t, int s, int e) {
    int p = skipSpaces(t, s, e);
    if (p + 1 >= e) {
      return false;
    }
    char c = t[p];
    if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
      return t[p + 1] == ' ';
    }
    int q = digitsEnd(t, p, Math.min(e, p + 3));
    return q > p && q + 1 < e && (t[q] == '.' || t[q] == ')') && t[q + 1] == ' ';
  }

  /**
   * Whether a line looks like source code or a shell command by its shape: it ends with {@code ;}, <code>{</code> or
   * <code>}</code>, is a C preprocessor directive, or starts with a {@code $ } prompt. One such line may be prose; the
   * segmenter asks for two in a row.
   */
  static boolean looksLikeCode(char[] t, int s, int e) {
    int a = skipSpaces(t, s, e);
    int b = trimEnd(t, a, e);
    if (a == b) {
      return false;
    }
    char last = t[b - 1];
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    char first = t[a];
    if (first == '$') {
      return startsWith(t, a, b, "$ ");
    }
    return first == '#'
        && (startsWith(t, a, b, "#include")
            || startsWith(t, a, b, "#define")
            || startsWith(t, a, b, "#if")
            || startsWith(t, a, b, "#endif")
            || startsWith(t, a, b, "#pragma"));
  }
}
