package dev.comity.text;

/**
 * Shape tests on one line of a text, given as {@code [s, e)} without its terminator. All of them look at a bounded
 * number of chars or scan the line once, so segmenting stays linear.
 */
final class Lines {
  /** How far the scans that look for a marker inside a line reach: the lines they look for are short. */
  static final int WINDOW = 256;

  private Lines() {}

  /** Horizontal white space, including the no-break space that HTML-to-text conversion leaves on blank lines. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  static int skipSpaces(String t, int p, int e) {
    while (p < e && isSpace(t.charAt(p))) {
      p++;
    }
    return p;
  }

  static int trimEnd(String t, int s, int e) {
    while (e > s && isSpace(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  static boolean isBlank(String t, int s, int e) {
    return skipSpaces(t, s, e) == e;
  }

  static boolean startsWith(String t, int p, int e, String prefix) {
    return e - p >= prefix.length() && t.startsWith(prefix, p);
  }

  static boolean endsWith(String t, int s, int e, String suffix) {
    return e - s >= suffix.length() && t.startsWith(suffix, e - suffix.length());
  }

  /** Whether {@code needle} occurs within {@code [from, to)}; unlike {@link String#indexOf} it never looks further. */
  static boolean contains(String t, int from, int to, String needle) {
    for (int p = from, last = to - needle.length(); p <= last; p++) {
      if (t.startsWith(needle, p)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of the run of ASCII digits starting at {@code p}. */
  static int digitsEnd(String t, int p, int e) {
    while (p < e && isDigit(t.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Number of {@code >} quote levels: after at most three spaces, {@code >} marks separated by optional white space
   * ({@code >>}, {@code > > >}); 0 when the line is not quoted.
   */
  static int quoteDepth(String t, int s, int e) {
    int p = s;
    while (p < e && p - s < 3 && t.charAt(p) == ' ') {
      p++;
    }
    int depth = 0;
    while (p < e && t.charAt(p) == '>') {
      depth++;
      p = skipSpaces(t, p + 1, e);
    }
    return depth;
  }

  /** The signature separator: {@code "-- "} or {@code "--"} alone on a line (trailing white space ignored). */
  static boolean isSignatureDash(String t, int s, int e) {
    return e - s >= 2 && t.charAt(s) == '-' && t.charAt(s + 1) == '-' && isBlank(t, s + 2, e);
  }

  /** Indented by four columns or more, counting a tab as reaching the next multiple of four. */
  static boolean isIndented(String t, int s, int e) {
    for (int p = s; p < e && p - s < 4; p++) {
      char c = t.charAt(p);
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
  static boolean isListItem(String t, int s, int e) {
    int p = skipSpaces(t, s, e);
    if (p + 1 >= e) {
      return false;
    }
    char c = t.charAt(p);
    if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
      return t.charAt(p + 1) == ' ';
    }
    int q = digitsEnd(t, p, Math.min(e, p + 3));
    return q > p && q + 1 < e && (t.charAt(q) == '.' || t.charAt(q) == ')') && t.charAt(q + 1) == ' ';
  }

  /**
   * Whether a line looks like source code or a shell command by its shape: it ends with {@code ;}, <code>{</code> or
   * <code>}</code>, is a C preprocessor directive, or starts with a {@code $ } prompt. One such line may be prose; the
   * segmenter asks for two in a row.
   */
  static boolean looksLikeCode(String t, int s, int e) {
    int a = skipSpaces(t, s, e);
    int b = trimEnd(t, a, e);
    if (a == b) {
      return false;
    }
    char last = t.charAt(b - 1);
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    char first = t.charAt(a);
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
