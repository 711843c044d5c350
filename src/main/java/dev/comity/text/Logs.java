package dev.comity.text;

import static dev.comity.text.Lines.digitsEnd;
import static dev.comity.text.Lines.isDigit;
import static dev.comity.text.Lines.isSpace;
import static dev.comity.text.Lines.skipSpaces;
import static dev.comity.text.Lines.startsWith;
import static dev.comity.text.Lines.trimEnd;

/**
 * Lines of logs and stack traces. A <em>strong</em> line is log output on its own (a Java frame, a Python or kernel
 * trace line, a timestamped log line); a <em>weak</em> one only next to log output (an indented continuation, the
 * exception line that ends a Python traceback).
 */
final class Logs {
  /** Starts of lines that continue log output: R's "Calls:", Go's "created by", Java's "... 3 more". */
  private static final String[] WEAK_PREFIXES = {
    "Calls: ", "Backtrace:", "Timing stopped at:", "created by ", "... ", "Suppressed: "
  };

  /** Last words of an exception's type: {@code java.lang.IllegalStateException}, {@code ValueError}. */
  private static final String[] EXCEPTION_SUFFIXES = {"Exception", "Error", "Throwable", "Warning", "Interrupt"};

  /** Compiler diagnostics after {@code file:line[:col]: }. */
  private static final String[] DIAGNOSTICS = {"error:", "warning:", "note:", "fatal error:"};

  private Logs() {}

  /** A line that is log output wherever it stands. */
  static boolean isStrong(char[] t, int s, int e) {
    int p = skipSpaces(t, s, e);
    if (p == e) {
      return false;
    }
    char c = t[p];
    // Dispatching on the first char keeps the cost per prose line to a few comparisons.
    boolean shaped =
        switch (c) {
          case 'T' -> startsWith(t, p, e, "Traceback (most recent call last):");
          case 'E' -> startsWith(t, p, e, "Exception in thread \"") || startsWith(t, p, e, "Execution halted")
              || isRError(t, p, e);
          case 'C' -> startsWith(t, p, e, "Caused by: ") || startsWith(t, p, e, "Call Trace:");
          case 'W' -> startsWith(t, p, e, "Warning message:") || startsWith(t, p, e, "Warning messages:");
          case 'I' -> startsWith(t, p, e, "In addition: Warning message");
          case 'p' -> startsWith(t, p, e, "panic: ");
          case 'f' -> startsWith(t, p, e, "fatal error: ");
          case 'm' -> startsWith(t, p, e, "make: *** ") || startsWith(t, p, e, "make[");
          case 'a' -> isFrame(t, p, e);
          case 'F' -> startsWith(t, p, e, "File \"")
              && Lines.contains(t, p, Math.min(e, p + Lines.WINDOW), "\", line ");
          case 'g' -> isGoroutine(t, p, e);
          case 't' -> startsWith(t, p, e, "thread '")
              && Lines.contains(t, p, Math.min(e, p + Lines.WINDOW), "' panicked at");
          case '[' -> isKernelTime(t, p + 1, e) || isTimestamp(t, p + 1, e);
          default -> isDigit(c) && isTimestamp(t, p, e);
        };
    return shaped || isLogcat(t, p, e) || isDiagnostic(t, p, e);
  }

  /** A non-blank line that continues log output when it follows some. */
  static boolean isWeak(char[] t, int s, int e) {
    if (isSpace(t[s])) {
      return true;
    }
    for (String prefix : WEAK_PREFIXES) {
      if (startsWith(t, s, e, prefix)) {
        return true;
      }
    }
    if (startsWith(t, s, e, "In ") && Lines.contains(t, s, Math.min(e, s + Lines.WINDOW), " : ")) {
      return true; // R's "In f(x) : NAs produced" under "Warning message:"
    }
    return isExceptionLine(t, s, e) || isGoFunction(t, s, e);
  }

  /**
   * A line naming an exception: {@code java.lang.IllegalStateException: bad state}, {@code ValueError: bad value}.
   * Weak: it is log output only after a trace (Python) or before a frame (Java).
   */
  static boolean isExceptionLine(char[] t, int s, int e) {
    int p = skipSpaces(t, s, e);
    int q = p;
    while (q < e && isNameChar(t[q])) {
      q++;
    }
    if (q < e && t[q] != ':') {
      return false;
    }
    for (String suffix : EXCEPTION_SUFFIXES) {
      if (Lines.endsWith(t, p, q, suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stack frame: Java's {@code at pkg.Type.method(File.java:42)} (C#'s ending in {@code :line 42}), or JavaScript's
   * {@code at fn (file.js:1:2)}. Prose such as "at least (I think)" or "at sys.call().  But then" is neither: a frame
   * has a name right before the parenthesis and nothing but a location after it.
   */
  private static boolean isFrame(char[] t, int p, int e) {
    if (!startsWith(t, p, e, "at ")) {
      return false;
    }
    int q = p + 3;
    boolean dotted = false;
    while (q < e) {
      char c = t[q];
      if (c == '.') {
        dotted = true;
      } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '/' || c == '<' || c == '>'
          || c == '-')) {
        break;
      }
      q++;
    }
    if (q == p + 3 || q == e) {
      return false;
    }
    int b = trimEnd(t, q, e);
    char last = t[b - 1];
    if (t[q] == '(') {
      // log4j appends "~[app.jar:?]" to frames
      return dotted && (last == ')' || last == ']' || (isDigit(last) && Lines.contains(t, q, b, ":line ")));
    }
    if (!startsWith(t, q, b, " (") || last != ')') {
      return false;
    }
    int d = b - 1;
    while (d > q && isDigit(t[d - 1])) {
      d--;
    }
    return d < b - 1 && t[d - 1] == ':';
  }

  /** R's {@code Error in f(x) : message}, or {@code Error in f(x) :} with the message on the next line. */
  private static boolean isRError(char[] t, int p, int e) {
    if (!startsWith(t, p, e, "Error in ")) {
      return false;
    }
    int b = trimEnd(t, p, e);
    return t[b - 1] == ':' || Lines.contains(t, p, Math.min(b, p + Lines.WINDOW), " : ");
  }

  /** Android's {@code E/AndroidRuntime(  123): ...}: a priority letter, a tag and a pid. */
  private static boolean isLogcat(char[] t, int p, int e) {
    if (e - p < 6 || "VDIWEFA".indexOf(t[p]) < 0 || t[p + 1] != '/') {
      return false;
    }
    int limit = Math.min(e, p + Lines.WINDOW);
    int q = p + 2;
    while (q < limit && t[q] != '(' && !isSpace(t[q])) {
      q++;
    }
    if (q == p + 2 || q == limit || t[q] != '(') {
      return false;
    }
    int r = digitsEnd(t, skipSpaces(t, q + 1, e), e);
    return startsWith(t, r, e, "):");
  }

  /** Go's {@code goroutine 1 [running]:}. */
  private static boolean isGoroutine(char[] t, int p, int e) {
    if (!startsWith(t, p, e, "goroutine ")) {
      return false;
    }
    int q = digitsEnd(t, p + 10, e);
    return q > p + 10 && startsWith(t, q, e, " [");
  }

  /** A function line of a Go trace: {@code main.main()}, {@code main.(*T).run(...)}: one token ending in ")". */
  private static boolean isGoFunction(char[] t, int s, int e) {
    int b = trimEnd(t, s, e);
    if (b - s > Lines.WINDOW || t[b - 1] != ')') {
      return false;
    }
    for (int p = s; p < b; p++) {
      if (isSpace(t[p])) {
        return false;
      }
    }
    return true;
  }

  /** The kernel's {@code [  12.345678]} after its opening bracket. */
  private static boolean isKernelTime(char[] t, int p, int e) {
    int q = skipSpaces(t, p, e);
    int r = digitsEnd(t, q, e);
    if (r == q || r >= e || t[r] != '.') {
      return false;
    }
    int f = digitsEnd(t, r + 1, e);
    return f > r + 1 && f < e && t[f] == ']';
  }

  /** {@code 2025-02-04 10:02:03} (also with {@code T}), or logcat's {@code 02-04 10:02:03}: seconds are required. */
  private static boolean isTimestamp(char[] t, int p, int e) {
    int q = p;
    if (p + 4 < e && digitsEnd(t, p, p + 4) == p + 4 && t[p + 4] == '-') {
      q = p + 5;
    }
    if (!isDigits(t, q, e, 2) || t[q + 2] != '-' || !isDigits(t, q + 3, e, 2)) {
      return false;
    }
    int h = q + 5;
    if (t[h] != ' ' && t[h] != 'T') {
      return false;
    }
    h++;
    return isDigits(t, h, e, 2) && isDigits(t, h + 3, e, 2) && isDigits(t, h + 6, e, 2)
        && t[h + 2] == ':' && t[h + 5] == ':';
  }

  /** {@code src/foo.c:12:5: error: ...}: a token ending in {@code :line:} or {@code :line:col:}, then a severity. */
  private static boolean isDiagnostic(char[] t, int p, int e) {
    int limit = Math.min(e, p + Lines.WINDOW);
    int sp = p;
    while (sp < limit && !isSpace(t[sp])) {
      sp++;
    }
    if (sp == limit || sp - p < 4 || t[sp - 1] != ':') {
      return false;
    }
    int d = sp - 1;
    while (d > p && isDigit(t[d - 1])) {
      d--;
    }
    // d == p: the token is all digits ("778:"), with no file name before the line number.
    if (d == sp - 1 || d == p || t[d - 1] != ':') {
      return false;
    }
    int word = sp + 1;
    for (String diagnostic : DIAGNOSTICS) {
      if (startsWith(t, word, e, diagnostic)) {
        return true;
      }
    }
    return false;
  }

  /** A char of a dotted type name such as {@code java.lang.Foo$Bar}. */
  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == '$'
        || (c > 0x7F && Character.isLetterOrDigit(c));
  }

  /** Exactly {@code n} digits at {@code p}, followed by something. */
  private static boolean isDigits(char[] t, int p, int e, int n) {
    return p + n < e && digitsEnd(t, p, p + n) == p + n;
  }
}
