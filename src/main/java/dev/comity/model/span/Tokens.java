package dev.comity.model.span;

import dev.comity.api.Span;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a stretch of text, read on its normalized view: each word keeps its folded form and its exact original
 * offsets. A word is a run of letters, digits, apostrophes and the symbols that stand for letters in obfuscations
 * ({@code f*ck}, {@code sh!t}, {@code @ss}); symbols at its edges are dropped, except a leading {@code @} or {@code $}
 * before a letter. Everything else (spaces, punctuation) only separates words. Not thread-safe.
 */
final class Tokens {
  /** Longest word kept whole; longer runs (hashes, base64) are cut, so features stay cheap. */
  static final int MAX_WORD = 40;

  private String original = "";
  private int size;
  private String[] words = new String[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];

  /** Reads the words of {@code text[from, to)}. */
  void read(String text, int from, int to) {
    original = text;
    size = 0;
    if (from >= to) {
      return;
    }
    NormalizedText n = Normalizer.normalize(text, List.of(new Span(from, to)));
    String s = n.text();
    int i = 0;
    int length = s.length();
    while (i < length) {
      if (!isWordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int run = runEnd(s, i);
      int end = trimmedEnd(s, i, run);
      int start = trimmedStart(s, i, end);
      i = run;
      if (start < end) {
        add(s.substring(start, Math.min(end, start + MAX_WORD)), n.originalStart(start), n.originalEnd(end - 1));
      }
    }
  }

  /** The end of the run of word characters that starts at {@code i}. */
  static int runEnd(CharSequence s, int i) {
    int j = i;
    while (j < s.length() && isWordChar(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** {@code end} with the symbols at the end of the run {@code [start, end)} dropped. */
  static int trimmedEnd(CharSequence s, int start, int end) {
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code start} with the symbols at its start dropped, except a leading {@code @} or {@code $} before a letter. */
  static int trimmedStart(CharSequence s, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(s.charAt(start)) && !isLeadingSymbol(s, start, end)) {
      start++;
    }
    return start;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '*' || c == '@' || c == '$' || c == '!'
        || c == '#' || c == '%' || c == '|';
  }

  static boolean isLeadingSymbol(CharSequence s, int i, int end) {
    char c = s.charAt(i);
    return (c == '@' || c == '$') && i + 1 < end && Character.isLetter(s.charAt(i + 1));
  }

  private void add(String word, int start, int end) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    words[size] = word;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  int size() {
    return size;
  }

  /** The normalized word (lower case, folded, obfuscation symbols kept). */
  String word(int i) {
    return words[i];
  }

  /** First original code unit of word {@code i}. */
  int start(int i) {
    return starts[i];
  }

  /** Original code unit after word {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** Whether only spaces separate word {@code i} from word {@code i + 1} in the original text. */
  boolean spaceOnlyAfter(int i) {
    for (int k = ends[i]; k < starts[i + 1]; k++) {
      if (!Character.isSpaceChar(original.charAt(k)) && !Character.isWhitespace(original.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
