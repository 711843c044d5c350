package dev.comity.text;

import static dev.comity.text.Lines.digitsEnd;
import static dev.comity.text.Lines.isBlank;
import static dev.comity.text.Lines.isDigit;
import static dev.comity.text.Lines.skipSpaces;
import static dev.comity.text.Lines.startsWith;
import static dev.comity.text.Lines.trimEnd;

/** Lines of inline patches: unified diffs, {@code git diff} headers and {@code git format-patch} diffstats. */
final class Patches {
  /** Lines of a diff outside its hunks. */
  private static final String[] HEADERS = {
    "diff ", "index ", "Index: ", "===", "--- ", "+++ ", "@@",
    "new file mode ", "deleted file mode ", "old mode ", "new mode ", "similarity index ", "dissimilarity index ",
    "rename from ", "rename to ", "copy from ", "copy to ", "Binary files ", "GIT binary patch", "Only in "
  };

  /** Diffstat lines other than "path | N +-": " create mode 100644 x.c" and the like. */
  private static final String[] DIFFSTAT_EXTRAS = {"create mode ", "delete mode ", "rename ", "mode change "};

  /** The line counts of a hunk header; a count left out is 1. */
  record Hunk(int oldLines, int newLines) {}

  private Patches() {}

  /**
   * Whether a patch starts at this line: {@code diff -...}, a hunk header, {@code --- } followed by {@code +++ },
   * {@code Index: } followed by {@code ===}, or a diffstat (after format-patch's {@code ---} or two lines of it).
   * {@code [ns, ne)} is the next line, {@code ns < 0} when there is none.
   */
  static boolean startsPatch(char[] t, int s, int e, int ns, int ne) {
    if (s == e) {
      return false;
    }
    switch (t[s]) {
      case 'd':
        return startsWith(t, s, e, "diff -");
      case '@':
        return hunk(t, s, e) != null;
      case '-':
        return ns >= 0
            && ((startsWith(t, s, e, "--- ") && startsWith(t, ns, ne, "+++ "))
                || (isSeparator(t, s, e) && isDiffstat(t, ns, ne)));
      case 'I':
        return ns >= 0 && startsWith(t, s, e, "Index: ") && startsWith(t, ns, ne, "===");
      case ' ':
        return ns >= 0 && isDiffstat(t, s, e) && isDiffstat(t, ns, ne);
      default:
        return false;
    }
  }

  /** Parses {@code @@ -a[,b] +c[,d] @@...}; null when the line is not a hunk header. */
  static Hunk hunk(char[] t, int s, int e) {
    if (!startsWith(t, s, e, "@@ -")) {
      return null;
    }
    int p = range(t, s + 4, e);
    if (p < 0 || !startsWith(t, p, e, " +")) {
      return null;
    }
    int q = range(t, p + 2, e);
    if (q < 0 || !startsWith(t, q, e, " @@")) {
      return null;
    }
    return new Hunk(count(t, s + 4, p), count(t, p + 2, q));
  }

  /** A line of a diff outside its hunks, such as {@code diff --git}, {@code index}, {@code ---} or a mode line. */
  static boolean isHeader(char[] t, int s, int e) {
    for (String header : HEADERS) {
      if (startsWith(t, s, e, header)) {
        return true;
      }
    }
    return false;
  }

  /** {@code git format-patch}'s {@code ---} line between the commit message and the diffstat. */
  static boolean isSeparator(char[] t, int s, int e) {
    return startsWith(t, s, e, "---") && isBlank(t, s + 3, e);
  }

  /**
   * A diffstat line: {@code " path/to/file.c | 12 +++---"}, {@code " logo.png | Bin 0 -> 1234 bytes"},
   * {@code " 2 files changed, 9 insertions(+)"} or {@code " create mode 100644 x.c"}.
   */
  static boolean isDiffstat(char[] t, int s, int e) {
    if (e - s < 3 || t[s] != ' ') {
      return false;
    }
    int p = skipSpaces(t, s, e);
    int digits = digitsEnd(t, p, e);
    if (digits > p) {
      return startsWith(t, digits, e, " file changed") || startsWith(t, digits, e, " files changed");
    }
    for (String extra : DIFFSTAT_EXTRAS) {
      if (startsWith(t, p, e, extra)) {
        return true;
      }
    }
    int bar = p;
    int limit = Math.min(e, s + Lines.WINDOW);
    while (bar < limit && t[bar] != '|') {
      bar++;
    }
    if (bar == p || bar == limit || t[bar - 1] != ' ') {
      return false;
    }
    int q = skipSpaces(t, bar + 1, e);
    if (startsWith(t, q, e, "Bin")) {
      return true;
    }
    int r = digitsEnd(t, q, e);
    if (r == q) {
      return false;
    }
    r = skipSpaces(t, r, e);
    while (r < e && (t[r] == '+' || t[r] == '-')) {
      r++;
    }
    return r == trimEnd(t, r, e);
  }

  /** Parses {@code a[,b]} at {@code p}; returns where it ends, or -1. Nine digits at most, so counts fit an int. */
  private static int range(char[] t, int p, int e) {
    int q = digitsEnd(t, p, e);
    if (q == p || q - p > 9) {
      return -1;
    }
    if (q < e && t[q] == ',') {
      int r = digitsEnd(t, q + 1, e);
      return r == q + 1 || r - q - 1 > 9 ? -1 : r;
    }
    return q;
  }

  /** The line count of a range {@code [p, end)} that {@link #range} accepted. */
  private static int count(char[] t, int p, int end) {
    while (p < end && isDigit(t[p])) {
      p++;
    }
    if (p == end) {
      return 1;
    }
    int n = 0;
    for (int q = p + 1; q < end; q++) {
      n = n * 10 + t[q] - '0';
    }
    return n;
  }
}
