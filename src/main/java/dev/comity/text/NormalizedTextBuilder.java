package dev.comity.text;

import static dev.comity.text.CharFolding.CHAR;
import static dev.comity.text.CharFolding.EXPANSION;
import static dev.comity.text.CharFolding.LINE_BREAK;
import static dev.comity.text.CharFolding.MARK;
import static dev.comity.text.CharFolding.PARAGRAPH;
import static dev.comity.text.CharFolding.SELF;
import static dev.comity.text.CharFolding.SPACE;

import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Builds one {@link NormalizedText}: folds the included segments of the original code point by code point into
 * parallel output arrays, then joins spaced-out letters and folds look-alikes in two linear passes over the output.
 * Single use, not thread-safe.
 *
 * <p>The output arrays are sized so that they never need to grow unless a code point expands (ligatures, ß): every
 * other code point, whitespace run and segment boundary produces at most one char per code unit or segment. So only
 * the expansion path checks capacity, against the input still to read.
 */
final class NormalizedTextBuilder {
  private static final byte WORD = 1;
  private static final byte ITEM = 2;
  private static final byte LETTER = 4;
  private static final byte SEPARATOR = 8;
  private static final byte[] ASCII_CLASSES = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      ASCII_CLASSES[c] =
          (byte)
              ((letter ? LETTER | WORD | ITEM : 0)
                  | (digit ? WORD | ITEM : 0)
                  | (c == '\'' ? WORD : 0)
                  | (" .-_".indexOf(c) >= 0 ? SEPARATOR : 0));
    }
  }

  private final String original;
  private char[] out;
  private int[] starts;
  private int[] ends;
  /** For each output char, the Latin letter it folds to if its token qualifies; null until the first look-alike. */
  private char[] lookAlikes;
  /** Scripts the view writes with letters that are not look-alikes; null until first needed. */
  private BitSet scriptsWithoutTwins;
  private int n;

  /** Whether a whitespace run or a segment break waits to be written before the next char. */
  private boolean pending;
  private int spaceStart = -1;
  private int spaceEnd;
  private int spaceLineBreaks;
  private boolean breakPending;
  private int breakAt;
  /** Output index where the current segment starts: marks never attach to a char of an earlier segment. */
  private int segmentOutputStart;

  /**
   * @param capacity at least the number of code units in all segments plus the number of segments
   */
  NormalizedTextBuilder(String original, int capacity) {
    this.original = original;
    out = new char[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
  }

  /** Starts a new segment that does not touch the previous one, which ended at original offset {@code at}. */
  void separate(int at) {
    spaceStart = -1;
    if (n > 0) {
      breakPending = true;
      breakAt = at;
    }
    pending = breakPending;
    segmentOutputStart = n;
  }

  /**
   * Folds original code units {@code [start, end)}, which must not split a surrogate pair.
   *
   * @param unitsAfter at least the code units in later segments plus the number of later segments
   */
  void append(int start, int end, int unitsAfter) {
    String s = original;
    int i = start;
    while (i < end) {
      if (!pending) {
        i = appendAsciiRun(i, end);
        if (i == end) {
          break;
        }
      }
      char c = s.charAt(i);
      int next = i + 1;
      int cp = c;
      int entry;
      if (c < 0x80) {
        entry = CharFolding.ascii(c);
      } else if (!Character.isSurrogate(c)) {
        entry = CharFolding.entry(c);
      } else if (Character.isHighSurrogate(c) && next < end && Character.isLowSurrogate(s.charAt(next))) {
        cp = Character.toCodePoint(c, s.charAt(next));
        next++;
        entry = CharFolding.entry(cp);
      } else {
        entry = CharFolding.REPLACEMENT;
      }
      switch (CharFolding.kind(entry)) {
        case CHAR:
          if (pending) {
            flushPending();
          }
          char lookAlike = CharFolding.lookAlike(entry);
          if (lookAlike != 0) {
            markLookAlike(lookAlike);
          }
          emit((char) entry, i, next);
          break;
        case SPACE:
          space(i, next, 0);
          break;
        case LINE_BREAK:
          space(i, next, c == '\n' && i > 0 && s.charAt(i - 1) == '\r' ? 0 : 1);
          break;
        case PARAGRAPH:
          space(i, next, 2);
          break;
        case MARK:
          attachMark(next);
          break;
        case SELF:
          if (pending) {
            flushPending();
          }
          // Both halves map to the whole pair, so no normalized range can split it.
          emit(c, i, next);
          emit(s.charAt(i + 1), i, next);
          break;
        case EXPANSION:
          if (pending) {
            flushPending();
          }
          String expansion = CharFolding.expansion(cp);
          ensureCapacity(n + expansion.length() + (end - next) + unitsAfter);
          for (int k = 0; k < expansion.length(); k++) {
            emit(expansion.charAt(k), i, next);
          }
          break;
        default: // IGNORABLE: no output, not even a boundary
      }
      i = next;
    }
  }

  /**
   * The hot loop: from {@code i} on, copies ASCII chars that fold to one char, and lone whitespace chars between two
   * of them (the commonest whitespace run, written at once as the general path would). Keeps fields in locals and
   * returns where it stopped. Only valid when nothing is pending.
   */
  private int appendAsciiRun(int i, int end) {
    String s = original;
    char[] o = out;
    int[] st = starts;
    int[] en = ends;
    int m = n;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        break;
      }
      int entry = CharFolding.ascii(c);
      if (CharFolding.kind(entry) != CHAR) {
        int kind = CharFolding.kind(entry);
        if (m == 0 || i + 1 == end || kind != SPACE && kind != LINE_BREAK || !isAsciiChar(s.charAt(i + 1))) {
          break;
        }
        entry = ' ';
      }
      o[m] = (char) entry;
      st[m] = i;
      en[m] = i + 1;
      m++;
    }
    n = m;
    return i;
  }

  private static boolean isAsciiChar(char c) {
    return c < 0x80 && CharFolding.kind(CharFolding.ascii(c)) == CHAR;
  }

  /** The finished view. Trailing whitespace and a trailing segment break are dropped. */
  NormalizedText build() {
    joinSpacedLetters();
    if (lookAlikes != null) {
      foldLookAlikes();
    }
    // The buffers are handed over untrimmed unless more than half of them is unused (marks, long whitespace runs).
    boolean trim = n < out.length / 2;
    return new NormalizedText(
        original,
        new String(out, 0, n),
        trim ? Arrays.copyOf(starts, n) : starts,
        trim ? Arrays.copyOf(ends, n) : ends);
  }

  private void emit(char c, int start, int end) {
    out[n] = c;
    starts[n] = start;
    ends[n] = end;
    n++;
  }

  private void space(int start, int end, int lineBreaks) {
    if (spaceStart < 0) {
      spaceStart = start;
      spaceLineBreaks = 0;
      pending = true;
    }
    spaceEnd = end;
    spaceLineBreaks += lineBreaks;
  }

  /**
   * Writes what waits before the next char: a segment break, else the whitespace run as one space or, if it held a
   * blank line, one BREAK. Whitespace at the start of the view or right after a segment break is dropped.
   */
  private void flushPending() {
    if (breakPending) {
      emit(NormalizedText.BREAK, breakAt, breakAt);
      breakPending = false;
    } else if (spaceStart >= 0 && n > 0) {
      emit(spaceLineBreaks >= 2 ? NormalizedText.BREAK : ' ', spaceStart, spaceEnd);
    }
    spaceStart = -1;
    pending = false;
  }

  /** Extends the preceding output (the whitespace run, or every char of the last code point) to {@code end}. */
  private void attachMark(int end) {
    if (spaceStart >= 0) {
      spaceEnd = end;
    } else if (n > segmentOutputStart) {
      int start = starts[n - 1];
      for (int k = n - 1; k >= segmentOutputStart && starts[k] == start; k--) {
        ends[k] = end;
      }
    }
  }

  private void markLookAlike(char target) {
    if (lookAlikes == null) {
      lookAlikes = new char[out.length];
    }
    lookAlikes[n] = target;
  }

  private void ensureCapacity(int capacity) {
    if (capacity > out.length) {
      int grown = Math.max(capacity, out.length + (out.length >> 1));
      out = Arrays.copyOf(out, grown);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      if (lookAlikes != null) {
        lookAlikes = Arrays.copyOf(lookAlikes, grown);
      }
    }
  }

  /**
   * Joins spaced-out letters in place by dropping their separators: {@code f u c k}, {@code i.d.i.o.t},
   * {@code s-h-i-t}, {@code s_h_i_t}. A run is at least three single-char items (a letter or digit standing alone
   * between non-word chars) separated by exactly one separator of one kind, that starts and ends with a letter:
   * {@code s h 1 t} joins, version numbers ({@code 1.2.3}) and two-letter runs ({@code e.g.}, {@code i.e.}) stay. Leet
   * symbols are not items, so formulas ({@code a * x}) stay apart. A space separator is one whitespace code unit that
   * is not a line break, so no run crosses a line. The dot after the last letter ({@code I.D.I.O.T.}) separates nothing
   * and stays: it may end a sentence.
   */
  private void joinSpacedLetters() {
    int w = 0;
    int r = 0;
    while (r < n) {
      int start = nextRunStart(r);
      moveRange(r, w, start - r);
      w += start - r;
      if (start == n) {
        break;
      }
      char separator = out[start + 1];
      int last = start;
      int firstLetter = -1;
      int lastLetter = -1;
      for (int k = start; ; k += 2) {
        if (isLetter(out[k])) {
          firstLetter = firstLetter < 0 ? k : firstLetter;
          lastLetter = k;
        }
        last = k;
        if (k + 2 >= n || out[k + 1] != separator || !isSeparator(k + 1) || !isSingleItem(k + 2)) {
          break;
        }
      }
      // The whole scanned run is handled now: a run starting inside it would end at the same place, and rescanning
      // would make long runs of digits quadratic.
      int joinFrom = lastLetter - firstLetter >= 4 ? firstLetter : last + 1;
      for (int k = start; k <= last; k++) {
        if (k <= joinFrom || k > lastLetter || (k - joinFrom) % 2 == 0) {
          moveRange(k, w++, 1);
        }
      }
      r = last + 1;
    }
    n = w;
  }

  /**
   * The first index from {@code from} where a run of at least three items may start, or {@code n}. The cheap test
   * first (the same separator char two chars apart) keeps this scan fast on ordinary text, where no run starts.
   */
  private int nextRunStart(int from) {
    char[] o = out;
    for (int k = from; k + 4 < n; k++) {
      char separator = o[k + 1];
      if (separator == o[k + 3] && isSeparatorChar(separator) && isRunStart(k)) {
        return k;
      }
    }
    return n;
  }

  private boolean isRunStart(int r) {
    return isItem(out[r]) && (r == 0 || !isWord(out[r - 1])) && isSeparator(r + 1);
  }

  /** An item whose right neighbour is not a word char; its left neighbour is the run's separator. */
  private boolean isSingleItem(int k) {
    return isItem(out[k]) && (k + 1 == n || !isWord(out[k + 1]));
  }

  private boolean isSeparator(int k) {
    return ends[k] - starts[k] == 1
        && (out[k] != ' ' || CharFolding.kind(CharFolding.entry(original.charAt(starts[k]))) == SPACE);
  }

  private void moveRange(int from, int to, int length) {
    if (from != to) {
      System.arraycopy(out, from, out, to, length);
      System.arraycopy(starts, from, starts, to, length);
      System.arraycopy(ends, from, ends, to, length);
      if (lookAlikes != null) {
        System.arraycopy(lookAlikes, from, lookAlikes, to, length);
      }
    }
  }

  /**
   * Folds look-alikes from other scripts to Latin, token by token (a token is a run of letters and digits): in a
   * token that also holds a Latin letter ({@code іdіоt} with Cyrillic і and о); and in a token whose every letter is a
   * look-alike ({@code ѕех}), unless the view also writes the look-alikes' script with letters that have no Latin twin.
   * So a real Russian or Greek word stays as it is: it almost always holds such a letter ({@code тупой},
   * {@code λογος}), and when it does not ({@code его}, {@code σας}) the prose around it does.
   */
  private void foldLookAlikes() {
    int k = 0;
    while (true) {
      while (k < n && lookAlikes[k] == 0) {
        k++;
      }
      if (k == n) {
        return;
      }
      int start = k;
      while (start > 0 && isItem(out[start - 1])) {
        start--;
      }
      int end = k + 1;
      while (end < n && isItem(out[end])) {
        end++;
      }
      if (qualifiesForLookAlikes(start, end)) {
        for (int j = k; j < end; j++) {
          if (lookAlikes[j] != 0) {
            out[j] = lookAlikes[j];
          }
        }
      }
      k = end;
    }
  }

  private boolean qualifiesForLookAlikes(int start, int end) {
    boolean allLookAlike = true;
    for (int k = start; k < end; k++) {
      char c = out[k];
      if (lookAlikes[k] != 0 || !isLetter(c)) {
        continue;
      }
      if (c < 128 || UScript.getScript(c) == UScript.LATIN) {
        return true;
      }
      allLookAlike = false;
    }
    if (!allLookAlike) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (lookAlikes[k] != 0 && writesScriptWithoutTwins(UScript.getScript(out[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the view holds a letter of {@code script} that is not a look-alike; computed on first use. */
  private boolean writesScriptWithoutTwins(int script) {
    if (scriptsWithoutTwins == null) {
      scriptsWithoutTwins = new BitSet();
      for (int k = 0; k < n; k++) {
        char c = out[k];
        if (c >= 128 && lookAlikes[k] == 0 && Character.isLetter(c)) {
          scriptsWithoutTwins.set(UScript.getScript(c));
        }
      }
    }
    return scriptsWithoutTwins.get(script);
  }

  private static boolean isWord(char c) {
    return c < 128 ? (ASCII_CLASSES[c] & WORD) != 0 : Character.isLetterOrDigit(c) || c == '\u2019';
  }

  private static boolean isItem(char c) {
    return c < 128 ? (ASCII_CLASSES[c] & ITEM) != 0 : Character.isLetterOrDigit(c);
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (ASCII_CLASSES[c] & LETTER) != 0 : Character.isLetter(c);
  }

  private static boolean isSeparatorChar(char c) {
    return c < 128 && (ASCII_CLASSES[c] & SEPARATOR) != 0;
  }
}
