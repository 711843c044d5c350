package dev.comity.model;

import dev.comity.text.NormalizedText;
import java.util.Arrays;

/**
 * Word tokens of a normalized view, with their normalized offsets. A token is a run of letters and digits (with inner
 * apostrophes and leet symbols {@code * @ $}, so {@code don't} and {@code f*ck} stay one word), or a single {@code !}
 * or {@code ?}. {@link NormalizedText#BREAK} ends a sentence and a bigram chain. At most {@link #MAX_TOKENS} are kept:
 * a model needs no more to judge a message, and scoring time stays bounded on huge inputs.
 */
final class ProseTokens {
  /** Tokens read per message; the rest of a longer message is not read by the message model. */
  static final int MAX_TOKENS = 1000;

  final String[] words;
  final int[] starts;
  final int[] ends;
  /** Whether a sentence or region boundary lies between token {@code i - 1} and token {@code i}. */
  final boolean[] breakBefore;
  final int size;

  private ProseTokens(String[] words, int[] starts, int[] ends, boolean[] breakBefore, int size) {
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.breakBefore = breakBefore;
    this.size = size;
  }

  static ProseTokens of(NormalizedText view) {
    return of(view.text(), 0, view.length());
  }

  /** Tokens of {@code text[from, to)}. */
  static ProseTokens of(String text, int from, int to) {
    int capacity = 16;
    String[] words = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] breaks = new boolean[capacity];
    int n = 0;
    boolean pendingBreak = false;
    int i = from;
    while (i < to && n < MAX_TOKENS) {
      char c = text.charAt(i);
      int start = i;
      if (isWord(c)) {
        i = wordEnd(text, i, to);
      } else if (c == '!' || c == '?') {
        i++;
      } else {
        if (c == NormalizedText.BREAK || c == '.' || c == ';' || c == ':') {
          pendingBreak = true;
        }
        i++;
        continue;
      }
      if (n == capacity) {
        capacity *= 2;
        words = Arrays.copyOf(words, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        breaks = Arrays.copyOf(breaks, capacity);
      }
      words[n] = text.substring(start, i);
      starts[n] = start;
      ends[n] = i;
      breaks[n] = pendingBreak || n > 0 && isEnd(words[n - 1]);
      pendingBreak = false;
      n++;
    }
    return new ProseTokens(words, starts, ends, breaks, n);
  }

  /** The end of the word that starts at {@code i} (a letter or digit), reading no further than {@code to}. */
  static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to && (isWord(text.charAt(j)) || isInner(text.charAt(j)) && j + 1 < to && isWord(text.charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  private static boolean isEnd(String word) {
    return word.equals("!") || word.equals("?");
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Characters that join two word parts: apostrophes, hyphens and the leet symbols a lexicon also reads through. */
  private static boolean isInner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '*' || c == '@' || c == '$';
  }
}
