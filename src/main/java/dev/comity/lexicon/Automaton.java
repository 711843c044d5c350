package dev.comity.lexicon;

import dev.comity.text.NormalizedText;

/**
 * The compiled matcher: a {@link WordTrie} that labels each text word and a {@link PhraseTrie} walked over the
 * labelled tokens. Immutable and thread-safe; {@link #scan} keeps its state in the returned {@link Scan}.
 *
 * <p>Work is linear in the text length for any input: each word is read once through the word trie with at most
 * {@link WordTrie#MAX_STATES} live states per character, and the phrase walk from each token visits at most {@link
 * #MAX_PHRASE_STATES} (node, token) states.
 */
final class Automaton {
  static final byte WORD = 0;
  /** Soft punctuation: skipped between two word tokens. */
  static final byte SOFT = 1;
  /** Other punctuation and symbols: matched only when a pattern names them. */
  static final byte OTHER = 2;
  /** Sentence ends {@code . ! ? ; :}: never skipped, and the limit of the target search. */
  static final byte END = 3;
  /** {@link NormalizedText#BREAK}: nothing crosses it. */
  static final byte BREAK = 4;

  /** The most (node, token) states explored from one start token; patterns are short, so this only stops blowups. */
  static final int MAX_PHRASE_STATES = 256;

  private final WordTrie words;
  private final PhraseTrie phrases;

  Automaton(WordTrie words, PhraseTrie phrases) {
    this.words = words;
    this.phrases = phrases;
  }

  /** Tokenizes {@code text} and finds every pattern match. */
  Scan scan(NormalizedText text) {
    Scan s = new Scan(text);
    tokenize(s);
    walk(s);
    return s;
  }

  private void tokenize(Scan s) {
    String text = s.text;
    int n = text.length();
    int[][] scratch = {new int[WordTrie.MAX_STATES], new int[WordTrie.MAX_STATES]};
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == NormalizedText.BREAK) {
        s.addToken(BREAK, i, i + 1, 0, 0);
        i++;
      } else if (isSpace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int j = wordEnd(text, i);
        int from = s.labels.size;
        int to = words.labels(text, i, j, s.labels, scratch);
        s.addToken(WORD, i, j, from, to);
        i = j;
      } else {
        s.addToken(punctKind(c), i, i + 1, 0, 0);
        i++;
      }
    }
    int t = s.count;
    int[] wordAt = new int[t + 1];
    wordAt[t] = -1;
    for (int k = t - 1; k >= 0; k--) {
      byte kind = s.kind[k];
      wordAt[k] = kind == WORD ? k : kind == SOFT ? wordAt[k + 1] : -1;
    }
    s.wordAt = wordAt;
  }

  private void walk(Scan s) {
    int[] stackNode = new int[MAX_PHRASE_STATES];
    int[] stackTok = new int[MAX_PHRASE_STATES];
    PhraseTrie p = phrases;
    byte rootFlags = p.flags(0);
    for (int t = 0; t < s.count; t++) {
      byte kind = s.kind[t];
      int sp = 0;
      int budget = MAX_PHRASE_STATES;
      if (kind == WORD) {
        if ((rootFlags & PhraseTrie.WORD_EDGES) == 0) {
          continue;
        }
        for (int l = s.labStart[t]; l < s.labEnd[t] && budget > 0; l++) {
          int c = p.child(0, s.labels.data[l]);
          if (c >= 0) {
            stackNode[sp] = c;
            stackTok[sp++] = t;
            budget--;
          }
        }
        int any = p.anyChild(0);
        if (any >= 0 && budget > 0) {
          stackNode[sp] = any;
          stackTok[sp++] = t;
          budget--;
        }
      } else if (kind != BREAK && (rootFlags & PhraseTrie.PUNCT_EDGES) != 0) {
        int c = p.child(0, PhraseTrie.PUNCT + s.text.charAt(s.start[t]));
        if (c >= 0) {
          stackNode[sp] = c;
          stackTok[sp++] = t;
          budget--;
        }
      }
      while (sp > 0) {
        int node = stackNode[--sp];
        int last = stackTok[sp];
        for (int o = p.outcomesStart(node); o < p.outcomesEnd(node); o++) {
          s.addMatch(p.outcome(o), t, last);
        }
        byte f = p.flags(node);
        int next = last + 1;
        if ((f & PhraseTrie.PUNCT_EDGES) != 0 && next < s.count && s.kind[next] != WORD
            && s.kind[next] != BREAK && budget > 0) {
          int c = p.child(node, PhraseTrie.PUNCT + s.text.charAt(s.start[next]));
          if (c >= 0) {
            stackNode[sp] = c;
            stackTok[sp++] = next;
            budget--;
          }
        }
        if ((f & PhraseTrie.WORD_EDGES) != 0) {
          int w = s.wordAt[next];
          if (w < 0) {
            continue;
          }
          for (int l = s.labStart[w]; l < s.labEnd[w] && budget > 0; l++) {
            int c = p.child(node, s.labels.data[l]);
            if (c >= 0) {
              stackNode[sp] = c;
              stackTok[sp++] = w;
              budget--;
            }
          }
          int any = p.anyChild(node);
          if (any >= 0 && budget > 0) {
            stackNode[sp] = any;
            stackTok[sp++] = w;
            budget--;
          }
        }
      }
    }
  }

  /**
   * The end of the word starting at {@code i}: letters and digits, with {@code '}, {@code ’} and {@code -} between
   * two word characters, and runs of leet symbols ({@code @ $ ! | *}) between a word character and word characters
   * that hold a letter.
   */
  static int wordEnd(String text, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-') && j + 1 < n
          && isWordChar(text.charAt(j + 1))) {
        j += 2;
      } else if (WordTrie.isLeetSymbol(c)) {
        int k = j + 1;
        while (k < n && WordTrie.isLeetSymbol(text.charAt(k))) {
          k++;
        }
        if (lettersFollow(text, k)) {
          j = k + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Whether the word characters from {@code k} hold a letter: symbols before digits alone are punctuation, so
   * {@code idiot!!!1} is "idiot" and punctuation, while {@code sh!t} and {@code a$$hole} are single words.
   */
  private static boolean lettersFollow(String text, int k) {
    for (int i = k; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        return false;
      }
      if (!(c >= '0' && c <= '9')) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
        || c >= 128 && Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  static byte punctKind(char c) {
    return switch (c) {
      case '.', '!', '?', ';', ':' -> END;
      case ',', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '[', ']', '-', '\u2013', '\u2014',
          '\u2026' -> SOFT;
      default -> OTHER;
    };
  }

  /** The tokens and matches of one text. Per call, never shared. */
  static final class Scan {
    final NormalizedText normalized;
    final String text;
    int count;
    byte[] kind;
    int[] start;
    int[] end;
    int[] labStart;
    int[] labEnd;
    final IntList labels;
    /** For each token index, the first word token at or after it past soft punctuation only; -1 when blocked. */
    int[] wordAt;
    final IntList matchOutcome = new IntList(16);
    final IntList matchFirst = new IntList(16);
    final IntList matchLast = new IntList(16);

    Scan(NormalizedText normalized) {
      this.normalized = normalized;
      this.text = normalized.text();
      int cap = Math.max(16, text.length() / 4);
      kind = new byte[cap];
      start = new int[cap];
      end = new int[cap];
      labStart = new int[cap];
      labEnd = new int[cap];
      labels = new IntList(cap);
    }

    void addToken(byte k, int s, int e, int ls, int le) {
      if (count == kind.length) {
        int cap = count * 2;
        kind = java.util.Arrays.copyOf(kind, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        labStart = java.util.Arrays.copyOf(labStart, cap);
        labEnd = java.util.Arrays.copyOf(labEnd, cap);
      }
      kind[count] = k;
      start[count] = s;
      end[count] = e;
      labStart[count] = ls;
      labEnd[count] = le;
      count++;
    }

    void addMatch(int outcome, int first, int last) {
      matchOutcome.add(outcome);
      matchFirst.add(first);
      matchLast.add(last);
    }

    int matchCount() {
      return matchOutcome.size;
    }

    /** Whether word token {@code t} carries {@code label}. */
    boolean hasLabel(int t, int label) {
      if (label < 0 || kind[t] != WORD) {
        return false;
      }
      for (int l = labStart[t]; l < labEnd[t]; l++) {
        if (labels.data[l] == label) {
          return true;
        }
      }
      return false;
    }
  }
}
