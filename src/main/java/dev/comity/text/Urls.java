package dev.comity.text;

/**
 * Finds URLs in prose: {@code http://}, {@code https://}, {@code ftp://}, {@code mailto:} and {@code www.}. A URL runs
 * to the next white space, less trailing punctuation ({@code .,;:!?)]'">}); a trailing {@code )} stays when it closes a
 * parenthesis of the URL, as in Wikipedia's {@code Foo_(bar)}. Not thread-safe.
 *
 * <p>Calls must move forward through the text ({@code from} never decreases): the next {@code :} and {@code www.} are
 * remembered between calls, so each part of the text is searched once however many lines are asked about.
 */
final class Urls {
  private static final String[] SCHEMES = {"https", "http", "ftp"};
  private static final String TRAILING = ".,;:!?]'\">";

  private final String text;
  /** {@link #text} as an array, for the char-by-char scans. */
  private final char[] chars;
  /** The next ':' at or after the last search start; -1 when there is none left, -2 before the first search. */
  private int colon = -2;
  /** Likewise for "www.". */
  private int www = -2;
  private int end;

  Urls(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
  }

  /** Where the next URL within {@code [from, limit)} starts, or -1; {@link #end()} is then where it ends. */
  int find(int from, int limit) {
    while (from < limit) {
      if (colon != -1 && colon < from) {
        colon = text.indexOf(':', from);
      }
      if (www != -1 && www < from) {
        www = text.indexOf("www.", from);
      }
      int c = colon >= 0 && colon < limit ? colon : limit;
      int w = www >= 0 && www < limit ? www : limit;
      if (c == limit && w == limit) {
        return -1;
      }
      if (w < c) {
        if (isWordStart(w) && scanEnd(w + 4, limit)) {
          return w;
        }
        from = w + 1;
      } else {
        boolean slashes = c + 2 < limit && chars[c + 1] == '/' && chars[c + 2] == '/';
        int start = slashes ? schemeStart(c, from) : mailtoStart(c, from);
        if (start >= 0 && scanEnd(slashes ? c + 3 : c + 1, limit)) {
          return start;
        }
        from = c + 1;
      }
    }
    return -1;
  }

  /** Where the URL found last ends (exclusive). */
  int end() {
    return end;
  }

  /** The start of the {@code scheme://} whose colon is at {@code c}, or -1. */
  private int schemeStart(int c, int from) {
    for (String scheme : SCHEMES) {
      int s = c - scheme.length();
      if (s >= from && text.regionMatches(true, s, scheme, 0, scheme.length()) && isWordStart(s)) {
        return s;
      }
    }
    return -1;
  }

  /** The start of the {@code mailto:} whose colon is at {@code c}, or -1. */
  private int mailtoStart(int c, int from) {
    int s = c - 6;
    return s >= from && text.regionMatches(true, s, "mailto", 0, 6) && isWordStart(s) ? s : -1;
  }

  private boolean isWordStart(int p) {
    return p == 0 || !(Character.isLetterOrDigit(chars[p - 1]) || chars[p - 1] == '.');
  }

  /** Sets {@link #end} for a URL whose body starts at {@code body}; false when nothing is left of the body. */
  private boolean scanEnd(int body, int limit) {
    int p = body;
    int open = 0;
    int close = 0;
    while (p < limit) {
      char ch = chars[p];
      if (ch <= ' ' || Character.isSpaceChar(ch)) {
        break;
      }
      if (ch == '(') {
        open++;
      } else if (ch == ')') {
        close++;
      }
      p++;
    }
    while (p > body) {
      char ch = chars[p - 1];
      if (ch == ')' && close > open) {
        close--;
      } else if (TRAILING.indexOf(ch) < 0) {
        break;
      }
      p--;
    }
    end = p;
    return p > body;
  }
}
