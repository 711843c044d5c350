package dev.comity.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.comity.api.Finding;
import dev.comity.api.Report;
import dev.comity.api.ScorerFailure;
import dev.comity.api.Severity;
import dev.comity.api.Verdict;

/**
 * Renders a report for people: one line per finding ({@code line:col  severity  category/target  rule  message}), the
 * message line with a caret underline below the span, failures, and a verdict line. Lines and columns are 1-based;
 * columns count Unicode code points. Stateless and thread-safe.
 */
final class TextReport {
  /** Lines longer than this many code points are shown as a window around the finding. */
  private static final int MAX_SHOWN = 100;
  /** Code points of context kept before a finding when a long line is cut. */
  private static final int CONTEXT_BEFORE = 30;
  private static final int TAB_WIDTH = 8;
  private static final char ELLIPSIS = '\u2026';

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final boolean color;

  /** @param color whether to add ANSI colour codes */
  TextReport(boolean color) {
    this.color = color;
  }

  /**
   * Appends the findings, failures and verdict of {@code report} about {@code text}.
   *
   * @param header a line naming the message, or {@code null} for none
   */
  void render(StringBuilder out, String header, String text, Report report) {
    if (header != null) {
      style(out, BOLD, "== " + header).append('\n');
    }
    LineCursor cursor = new LineCursor(text);
    for (Finding f : report.findings()) {
      int start = cursor.moveTo(f.span().start());
      String severityColor = severityColor(f.severity());
      out.append(cursor.line()).append(':').append(cursor.column()).append("  ");
      style(out, severityColor, f.severity().id()).append("  ");
      out.append(f.category().id()).append('/').append(f.target().id()).append("  ");
      style(out, DIM, f.rule()).append("  ").append(f.message()).append('\n');
      excerpt(out, text, cursor.lineStart(), start, Math.min(f.span().end(), text.length()), severityColor);
    }
    for (ScorerFailure failure : report.failures()) {
      style(out, RED, "error").append("  ").append(failure.scorer()).append("  ").append(failure.error()).append('\n');
    }
    out.append("verdict: ");
    style(out, verdictColor(report.verdict()), report.verdict().id());
    out.append(" (score ").append(ReportJson.decimal(report.score())).append(") \u2014 ");
    int n = report.findings().size();
    out.append(n == 0 ? "no findings" : n == 1 ? "1 finding" : n + " findings");
    if (report.hasFailures()) {
      out.append(", ").append(report.failures().size()).append(report.failures().size() == 1 ? " failure" : " failures");
    }
    if (report.truncated()) {
      out.append(", truncated");
    }
    out.append('\n');
  }

  /**
   * Appends the line holding {@code [start, end)}, indented, and a caret line under the span. Tabs expand to the next
   * multiple of eight columns; wide characters take two columns and combining marks none; control and format
   * characters (escape sequences, bidi overrides, zero-width characters) and lone surrogates show as U+FFFD, so message
   * text can neither drive the terminal nor hide an obfuscation. The underline stops at the end of the line.
   */
  private void excerpt(StringBuilder out, String text, int lineStart, int start, int end, String caretColor) {
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' && lineEnd - 1 >= start) {
      lineEnd--;
    }
    int from = lineStart;
    int to = lineEnd;
    if (text.codePointCount(lineStart, lineEnd) > MAX_SHOWN) {
      from = back(text, start, CONTEXT_BEFORE, lineStart);
      to = forward(text, from, MAX_SHOWN, lineEnd);
      if (to < Math.min(end, lineEnd)) {
        to = forward(text, start, MAX_SHOWN - CONTEXT_BEFORE, lineEnd);
      }
    }
    StringBuilder shown = new StringBuilder("  ");
    StringBuilder carets = new StringBuilder("  ");
    if (from > lineStart) {
      shown.append(ELLIPSIS);
      carets.append(' ');
    }
    int col = 0;
    boolean underlined = false;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      boolean inSpan = i >= start && i < end;
      int width;
      if (cp == '\t') {
        width = TAB_WIDTH - col % TAB_WIDTH;
        shown.append(" ".repeat(width));
      } else if (hidden(cp)) {
        width = 1;
        shown.append('\uFFFD');
      } else {
        width = width(cp);
        shown.appendCodePoint(cp);
      }
      if (inSpan && width > 0) {
        underlined = true;
      }
      carets.append((inSpan ? "^" : " ").repeat(width));
      col += width;
      i += Character.charCount(cp);
    }
    if (to < lineEnd) {
      shown.append(ELLIPSIS);
    }
    if (!underlined) {
      // An empty span, or one of only zero-width characters: point at where it starts.
      carets.setLength(2 + (from > lineStart ? 1 : 0) + displayWidth(text, from, Math.min(start, to)));
      carets.append('^');
    }
    out.append(shown).append('\n');
    int caretsEnd = carets.length();
    while (caretsEnd > 0 && carets.charAt(caretsEnd - 1) == ' ') {
      caretsEnd--;
    }
    int firstCaret = carets.indexOf("^");
    out.append(carets, 0, firstCaret);
    style(out, caretColor, carets.substring(firstCaret, caretsEnd)).append('\n');
  }

  private static int displayWidth(String text, int from, int to) {
    int col = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      col += cp == '\t' ? TAB_WIDTH - col % TAB_WIDTH : hidden(cp) ? 1 : width(cp);
      i += Character.charCount(cp);
    }
    return col;
  }

  private static boolean hidden(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** The index {@code count} code points before {@code index}, but not before {@code floor}. */
  private static int back(String text, int index, int count, int floor) {
    int i = index;
    for (int n = 0; n < count && i > floor; n++) {
      i -= Character.isLowSurrogate(text.charAt(i - 1)) && i - 1 > floor
              && Character.isHighSurrogate(text.charAt(i - 2)) ? 2 : 1;
    }
    return i;
  }

  /** The index {@code count} code points after {@code index}, but not after {@code ceiling}. */
  private static int forward(String text, int index, int count, int ceiling) {
    int i = index;
    for (int n = 0; n < count && i < ceiling; n++) {
      i += Character.charCount(text.codePointAt(i));
    }
    return Math.min(i, ceiling);
  }

  private StringBuilder style(StringBuilder out, String code, String s) {
    return color ? out.append(code).append(s).append(RESET) : out.append(s);
  }

  private static String severityColor(Severity severity) {
    return switch (severity) {
      case HIGH -> BOLD + RED;
      case MEDIUM -> YELLOW;
      case LOW -> CYAN;
    };
  }

  private static String verdictColor(Verdict verdict) {
    return switch (verdict) {
      case VIOLATION -> BOLD + RED;
      case REVIEW -> YELLOW;
      case OK -> GREEN;
    };
  }
}
