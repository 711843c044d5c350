package dev.comity.lexicon;

import dev.comity.text.NormalizedText;

/**
 * The compiled matcher. A text is cut into tokens (words, punctuation, breaks; whitespace is skipped); each word is
 * read once through a {@link WordTrie} of every pattern word, which gives it its labels (the forms and classes it
 * matches); then a {@link PhraseTrie} of every {@code match} pattern, expanded into label sequences, is walked from
 * each token. The {@code unless-*} patterns live in a second phrase trie that the scorer walks only next to matches.
 * Immutable and thread-safe; {@link #scan} keeps its state in the returned {@link Scan}.
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

  /** Not a token kind: whitespace, skipped by the tokenizer. */
  private static final byte SPACE = 5;

  /** {@link #classify} for ASCII, looked up: the tokenizer's inner loop. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = classify(c);
    }
  }

  /** The most (node, token) states explored from one start token; patterns are short, so this only stops blowups. */
  static final int MAX_PHRASE_STATES = 256;

  /** Marks a word label, and a stacked token, as read with the word's censor stars (see {@link #censorStars}). */
  static final int TAIL = 1 << 30;

  /** The longest run of trailing censor stars read as letters, and the longest word part before it. */
  private static final int MAX_TAIL = 3;
  private static final int MAX_TAIL_STEM = 2;

  private final WordTrie words;
  private final PhraseTrie phrases;
  private final PhraseTrie context;

  /**
   * @param phrases the {@code match} patterns, walked from every token
   * @param context the {@code unless-before} and {@code unless-after} patterns, walked only next to matches
   */
  Automaton(WordTrie words, PhraseTrie phrases, PhraseTrie context) {
    this.words = words;
    this.phrases = phrases;
    this.context = context;
  }

  /** Receives matches: the outcome, first and last token, and the normalized end. */
  interface Sink {
    void match(int outcome, int first, int last, int end);
  }

  /** Tokenizes {@code text} and finds every match of a {@code match} pattern. */
  Scan scan(NormalizedText text) {
    Scan s = new Scan(text);
    tokenize(s);
    for (int t = 0; t < s.count; t++) {
      walk(s, phrases, t, s);
    }
    return s;
  }

  /** Sends {@code sink} every match of an {@code unless-*} pattern that starts at token {@code t}. */
  void context(Scan s, int t, Sink sink) {
    walk(s, context, t, sink);
  }

  /** The most tokens an {@code unless-*} pattern spans, soft punctuation between its words not counted. */
  int contextDepth() {
    return context.depth();
  }

  private void tokenize(Scan s) {
    char[] text = s.chars;
    int n = text.length;
    WordTrie.Scratch scratch = words.scratch();
    int i = 0;
    while (i < n) {
      char c = text[i];
      byte cls = c < 128 ? ASCII[c] : classify(c);
      if (cls == BREAK) {
        s.addToken(BREAK, i, i + 1, 0, 0);
        i++;
      } else if (cls == SPACE) {
        i++;
      } else if (cls == WORD) {
        int j = wordEnd(text, i);
        int from = s.labels.size;
        int to = words.labels(text, i, j, s.labels, scratch);
        int tail = censorStars(text, i, j);
        if (tail > 0) {
          int plain = to;
          to = words.labels(text, i, j + tail, s.labels, scratch);
          for (int l = plain; l < to; l++) {
            s.labels.data[l] |= TAIL;
          }
        }
        s.addToken(WORD, i, j, from, to);
        s.tail[s.count - 1] = tail;
        i = j;
      } else {
        s.addToken(cls, i, i + 1, 0, 0);
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

  /** Walks {@code trie} from token {@code t}, sending {@code sink} every sequence that ends. */
  private static void walk(Scan s, PhraseTrie trie, int t, Sink sink) {
    PhraseTrie p = trie;
    byte rootFlags = p.flags(0);
    byte kind = s.kind[t];
    Stack stack = s.stack;
    stack.budget = MAX_PHRASE_STATES;
    if (kind == WORD) {
      if ((rootFlags & PhraseTrie.WORD_EDGES) == 0) {
        return;
      }
      for (int l = s.labStart[t]; l < s.labEnd[t]; l++) {
        int label = s.labels.data[l];
        stack.push(p.rootChild(label & ~TAIL), t | (label & TAIL));
      }
      stack.push(p.anyChild(0), t);
    } else if (kind != BREAK && (rootFlags & PhraseTrie.PUNCT_EDGES) != 0) {
      stack.push(p.rootPunctChild(s.chars[s.start[t]]), t);
    }
    while (stack.size > 0) {
      int node = stack.node[--stack.size];
      int tok = stack.tok[stack.size];
      int last = tok & ~TAIL;
      // A word read with its censor stars ends after them, and the stars are not matched again.
      int stars = tok == last ? 0 : s.tail[last];
      for (int o = p.outcomesStart(node); o < p.outcomesEnd(node); o++) {
        sink.match(p.outcome(o), t, last, s.end[last] + stars);
      }
      byte f = p.flags(node);
      int next = last + 1 + stars;
      if ((f & PhraseTrie.PUNCT_EDGES) != 0 && next < s.count && s.kind[next] != WORD
          && s.kind[next] != BREAK) {
        stack.push(p.child(node, PhraseTrie.PUNCT + s.chars[s.start[next]]), next);
      }
      if ((f & PhraseTrie.WORD_EDGES) != 0) {
        int w = s.wordAt[next];
        if (w < 0) {
          continue;
        }
        for (int l = s.labStart[w]; l < s.labEnd[w]; l++) {
          int label = s.labels.data[l];
          stack.push(p.child(node, label & ~TAIL), w | (label & TAIL));
        }
        stack.push(p.anyChild(node), w);
      }
    }
  }

  /** The (node, last token) states still to explore from one start token, with the budget left for that start. */
  private static final class Stack {
    int[] node = new int[16];
    int[] tok = new int[16];
    int size;
    int budget;

    /** Pushes a state unless {@code n} is -1 (no such child) or the budget is spent. */
    void push(int n, int t) {
      if (n < 0 || budget == 0) {
        return;
      }
      budget--;
      if (size == node.length) {
        node = java.util.Arrays.copyOf(node, size * 2);
        tok = java.util.Arrays.copyOf(tok, size * 2);
      }
      node[size] = n;
      tok[size++] = t;
    }
  }

  /**
   * The end of the word starting at {@code i}: letters and digits, with {@code '}, {@code ’} and {@code -} between
   * two word characters, and runs of leet symbols ({@code @ $ ! | *}) between a word character and word characters
   * that hold a letter.
   */
  static int wordEnd(char[] text, int i) {
    int n = text.length;
    int j = i + 1;
    while (j < n) {
      char c = text[j];
      if (isWordChar(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-') && j + 1 < n
          && isWordChar(text[j + 1])) {
        j += 2;
      } else if (WordTrie.isLeetSymbol(c)) {
        int k = j + 1;
        while (k < n && WordTrie.isLeetSymbol(text[k])) {
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
   * The number of censor stars after the word {@code text[i, j)} that may be read as its last letters ({@code f***},
   * {@code a**}, {@code sh**}): 1 to {@value #MAX_TAIL} stars ending the word, after 1 or 2 characters ending in a
   * letter, 3 characters at least in all; else 0. Longer words are left alone, so that markdown emphasis
   * ({@code *idiot*}) keeps its plain reading and span.
   */
  static int censorStars(char[] text, int i, int j) {
    int k = j;
    while (k < text.length && text[k] == '*') {
      k++;
    }
    int stars = k - j;
    int stem = j - i;
    boolean ends = k == text.length || !isWordChar(text[k]);
    boolean ok = stars >= 1 && stars <= MAX_TAIL && ends && stem <= MAX_TAIL_STEM && stem + stars >= 3
        && Character.isLetter(text[j - 1]);
    return ok ? stars : 0;
  }

  /**
   * Whether the word characters from {@code k} hold a letter: symbols before digits alone are punctuation, so
   * {@code idiot!!!1} is "idiot" and punctuation, while {@code sh!t} and {@code a$$hole} are single words.
   */
  private static boolean lettersFollow(char[] text, int k) {
    for (int i = k; i < text.length; i++) {
      char c = text[i];
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

  /** What {@code c} starts: a word, whitespace, a break, or a punctuation token of some kind. */
  private static byte classify(char c) {
    if (c == NormalizedText.BREAK) {
      return BREAK;
    }
    if (isSpace(c)) {
      return SPACE;
    }
    return isWordChar(c) ? WORD : punctKind(c);
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
  static final class Scan implements Sink {
    final NormalizedText normalized;
    final String text;
    /** {@link #text} as an array: the scanning loops index it directly. */
    final char[] chars;
    int count;
    byte[] kind;
    int[] start;
    int[] end;
    int[] labStart;
    int[] labEnd;
    /** For word tokens, the censor stars after the word that its {@link #TAIL} labels read as letters. */
    int[] tail;
    final IntList labels;
    /** For each token index, the first word token at or after it past soft punctuation only; -1 when blocked. */
    int[] wordAt;
    final IntList matchOutcome = new IntList(16);
    final IntList matchFirst = new IntList(16);
    final IntList matchLast = new IntList(16);
    /** The normalized end of each match: its last token's end, past the censor stars when they were read. */
    final IntList matchEnd = new IntList(16);
    final Stack stack = new Stack();

    Scan(NormalizedText normalized) {
      this.normalized = normalized;
      this.text = normalized.text();
      this.chars = text.toCharArray();
      // Prose has about one token per three chars; growing the six token arrays costs more than a larger start.
      int cap = Math.max(16, text.length() / 2);
      kind = new byte[cap];
      start = new int[cap];
      end = new int[cap];
      labStart = new int[cap];
      labEnd = new int[cap];
      tail = new int[cap];
      labels = new IntList(cap / 2);
    }

    void addToken(byte k, int s, int e, int ls, int le) {
      if (count == kind.length) {
        int cap = count * 2;
        kind = java.util.Arrays.copyOf(kind, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        labStart = java.util.Arrays.copyOf(labStart, cap);
        labEnd = java.util.Arrays.copyOf(labEnd, cap);
        tail = java.util.Arrays.copyOf(tail, cap);
      }
      kind[count] = k;
      start[count] = s;
      end[count] = e;
      labStart[count] = ls;
      labEnd[count] = le;
      count++;
    }

    @Override
    public void match(int outcome, int first, int last, int endChar) {
      matchOutcome.add(outcome);
      matchFirst.add(first);
      matchLast.add(last);
      matchEnd.add(endChar);
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
        if ((labels.data[l] & ~TAIL) == label) {
          return true;
        }
      }
      return false;
    }
  }
}
