package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over every word form of every pattern and class, walked once per text word as a small NFA that
 * understands leet symbols, {@code *} wildcards and stretched letters. Immutable and thread-safe once built.
 *
 * <p>Each node that ends a form carries the labels that form stands for in the {@link PhraseTrie}: its own form label
 * and the label of every class holding it. A text word's labels are the union over the forms it matches.
 */
final class WordTrie {
  /**
   * The most trie states alive at once while reading one word. Wildcards and leet alternatives fan out (two {@code *}
   * after a first letter reach every 3-letter prefix of the lexicon under it); the cap keeps the work per character
   * bounded whatever the input, and only readings beyond it are missed.
   */
  static final int MAX_STATES = 256;

  /** Nodes with at least this many children get a dense row: short rows are scanned faster than they are indexed. */
  private static final int DENSE_FROM = 6;

  private static final char[][] LEET = new char[128][];

  static {
    LEET['0'] = new char[] {'o'};
    LEET['1'] = new char[] {'i', 'l'};
    LEET['3'] = new char[] {'e'};
    LEET['4'] = new char[] {'a'};
    LEET['5'] = new char[] {'s'};
    LEET['7'] = new char[] {'t'};
    LEET['8'] = new char[] {'b'};
    LEET['9'] = new char[] {'g'};
    LEET['@'] = new char[] {'a'};
    LEET['$'] = new char[] {'s'};
    LEET['!'] = new char[] {'i'};
    LEET['|'] = new char[] {'l', 'i'};
  }

  /** Children of node {@code i} are {@code childChar/childNode[childStart[i], childStart[i + 1])}, sorted. */
  private final int[] childStart;
  private final char[] childChar;
  private final int[] childNode;
  /** The root's children by ASCII character (0 for none): every word starts here, most fail here. */
  private final int[] rootAscii;
  /** For nodes with many children, their row in {@link #dense} (children by letter a-z), else -1. */
  private final int[] denseRow;
  private final int[] dense;
  private final char[] inChar;
  private final int[][] wordLabels;
  private final int[][] prefixLabels;

  private WordTrie(Builder b) {
    int n = b.inChar.size();
    this.inChar = new char[n];
    this.wordLabels = new int[n][];
    this.prefixLabels = new int[n][];
    this.childStart = new int[n + 1];
    this.childChar = new char[n - 1];
    this.childNode = new int[n - 1];
    this.rootAscii = new int[128];
    int e = 0;
    for (int i = 0; i < n; i++) {
      inChar[i] = b.inChar.get(i);
      wordLabels[i] = b.wordLabels.get(i);
      prefixLabels[i] = b.prefixLabels.get(i);
      childStart[i] = e;
      for (Map.Entry<Character, Integer> c : b.children.get(i).entrySet()) {
        childChar[e] = c.getKey();
        childNode[e++] = c.getValue();
        if (i == 0 && c.getKey() < 128) {
          rootAscii[c.getKey()] = c.getValue();
        }
      }
    }
    childStart[n] = e;
    this.denseRow = new int[n];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      denseRow[i] = childStart[i + 1] - childStart[i] >= DENSE_FROM ? rows++ : -1;
    }
    this.dense = new int[rows * 26];
    for (int i = 0; i < n; i++) {
      if (denseRow[i] >= 0) {
        for (int k = childStart[i]; k < childStart[i + 1]; k++) {
          if (childChar[k] >= 'a' && childChar[k] <= 'z') {
            dense[denseRow[i] * 26 + childChar[k] - 'a'] = childNode[k];
          }
        }
      }
    }
  }

  /** The child of {@code node} along {@code c}, or 0 (the root is nobody's child). */
  private int child(int node, char c) {
    if (node == 0 && c < 128) {
      return rootAscii[c];
    }
    int row = denseRow[node];
    if (row >= 0 && c >= 'a' && c <= 'z') {
      return dense[row * 26 + c - 'a'];
    }
    int lo = childStart[node];
    int hi = childStart[node + 1] - 1;
    while (hi - lo >= 8) {
      int mid = (lo + hi) >>> 1;
      char x = childChar[mid];
      if (x < c) {
        lo = mid + 1;
      } else if (x > c) {
        hi = mid - 1;
      } else {
        return childNode[mid];
      }
    }
    for (int i = lo; i <= hi; i++) {
      char x = childChar[i];
      if (x >= c) {
        return x == c ? childNode[i] : 0;
      }
    }
    return 0;
  }

  /** Fresh state sets for one text. */
  Scratch scratch() {
    return new Scratch();
  }

  /** Whether {@code c} may stand inside a word for a letter when flanked by word characters. */
  static boolean isLeetSymbol(char c) {
    return c == '@' || c == '$' || c == '!' || c == '|' || c == '*';
  }

  /**
   * Appends to {@code out} the labels of every form matching the word {@code text[start, end)}, each once; returns
   * the new size of {@code out}.
   *
   * @param scratch state sets from {@link #scratch()}, reused by one thread across the words of one text
   */
  int labels(char[] text, int start, int end, IntList out, Scratch scratch) {
    // Most words are plain letters without a doubled one: one deterministic path, no NFA bookkeeping.
    int from = out.size;
    boolean prefixes = false;
    int s = 0;
    char prev = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c == prev || c < 'a' || c > 'z') {
        out.size = from;
        return nfaLabels(text, start, end, out, scratch);
      }
      s = child(s, c);
      if (s == 0) {
        return out.size;
      }
      if (prefixLabels[s] != null) {
        addAll(out, prefixLabels[s]);
        prefixes = true;
      }
      prev = c;
    }
    if (wordLabels[s] != null) {
      addAll(out, wordLabels[s]);
    }
    // One node's labels are distinct; a class can repeat one only between a prefix and a whole word.
    if (prefixes) {
      dedup(out, from);
    }
    return out.size;
  }

  /** Reads a word with leet, wildcards or doubled letters: a set of trie states, at most {@link #MAX_STATES}. */
  private int nfaLabels(char[] text, int start, int end, IntList out, Scratch x) {
    int from = out.size;
    boolean ambiguous = false;
    x.startAtRoot();
    char prev = 0;
    for (int i = start; i < end && x.n > 0; i++) {
      char c = text[i];
      // Leet digits need a word character on both sides; leet symbols are only inside a word when flanked anyway.
      boolean inner = i > start && i < end - 1;
      boolean leet = c < 128 && LEET[c] != null && (inner || c < '0' || c > '9');
      boolean wild = c == '*';
      // The trie spells apostrophes straight; the text may curl them.
      char lit = c == '\u2019' || c == '\u02BC' ? '\'' : c;
      x.begin();
      for (int k = 0; k < x.n; k++) {
        int s = x.cur[k];
        if (!wild) {
          x.add(child(s, lit));
        }
        if (leet) {
          for (char l : LEET[c]) {
            x.add(child(s, l));
          }
        } else if (wild) {
          for (int e = childStart[s], last = childStart[s + 1]; e < last; e++) {
            if (Character.isLetter(childChar[e])) {
              x.add(childNode[e]);
            }
          }
        }
        // Stretched letters: a repeat of the character just read stays on the same pattern letter.
        if (c == prev && !wild && s != 0 && matches(c, inChar[s], leet)) {
          x.add(s);
        }
      }
      for (int k = 0; k < x.m; k++) {
        int[] p = prefixLabels[x.nxt[k]];
        if (p != null) {
          addAll(out, p);
          ambiguous = true;
        }
      }
      ambiguous |= x.m > 1;
      x.swap();
      prev = c;
    }
    for (int k = 0; k < x.n; k++) {
      int[] w = wordLabels[x.cur[k]];
      if (w != null) {
        addAll(out, w);
      }
    }
    // A label repeats only across several states, or between a prefix and a whole word of the same class.
    if (ambiguous) {
      dedup(out, from);
    }
    return out.size;
  }

  /**
   * The NFA's state sets, reused for every word of one scan; per call, never shared. Sets are deduplicated by a
   * linear scan while small, and by generation stamps over all trie nodes once one grows past {@link #LINEAR_SET}
   * (allocated only then: ordinary text never needs it).
   */
  final class Scratch {
    private static final int LINEAR_SET = 16;
    private int[] cur = new int[LINEAR_SET];
    private int[] nxt = new int[LINEAR_SET];
    private int n;
    private int m;
    private int[] stamp;
    private int gen;
    private boolean stamped;

    /** Starts filling the next set. */
    private void begin() {
      m = 0;
      gen++;
      stamped = false;
    }

    /** Adds state {@code s} to the next set unless it is absent (0), already there, or the set is full. */
    private void add(int s) {
      if (s <= 0 || m == MAX_STATES) {
        return;
      }
      if (stamped) {
        if (stamp[s] == gen) {
          return;
        }
        stamp[s] = gen;
      } else {
        for (int k = 0; k < m; k++) {
          if (nxt[k] == s) {
            return;
          }
        }
        if (m + 1 == LINEAR_SET) {
          if (stamp == null) {
            stamp = new int[inChar.length];
          }
          for (int k = 0; k < m; k++) {
            stamp[nxt[k]] = gen;
          }
          stamp[s] = gen;
          stamped = true;
        }
      }
      if (m == nxt.length) {
        nxt = Arrays.copyOf(nxt, Math.min(MAX_STATES, m * 2));
      }
      nxt[m++] = s;
    }

    /** Makes the set just filled the current one. */
    private void swap() {
      int[] t = cur;
      cur = nxt;
      nxt = t;
      n = m;
    }

    /** Makes the root the only current state. */
    private void startAtRoot() {
      cur[0] = 0;
      n = 1;
    }
  }

  private static boolean matches(char c, char patternChar, boolean leet) {
    if (c == patternChar || (c == '\u2019' || c == '\u02BC') && patternChar == '\'') {
      return true;
    }
    if (leet) {
      for (char l : LEET[c]) {
        if (l == patternChar) {
          return true;
        }
      }
    }
    return false;
  }

  private static void addAll(IntList out, int[] labels) {
    for (int l : labels) {
      out.add(l);
    }
  }

  /** Removes repeated labels from {@code out[from, size)}, keeping first occurrences. */
  private static void dedup(IntList out, int from) {
    int w = from;
    outer:
    for (int r = from; r < out.size; r++) {
      int l = out.data[r];
      for (int k = from; k < w; k++) {
        if (out.data[k] == l) {
          continue outer;
        }
      }
      out.data[w++] = l;
    }
    out.size = w;
  }

  /** Collects forms; not thread-safe. */
  static final class Builder {
    private final List<TreeMap<Character, Integer>> children = new ArrayList<>();
    private final List<Character> inChar = new ArrayList<>();
    private final List<int[]> wordLabels = new ArrayList<>();
    private final List<int[]> prefixLabels = new ArrayList<>();

    Builder() {
      newNode((char) 0);
    }

    /** Adds {@code form} standing for {@code label}. */
    void add(PatternToken.Form form, int label) {
      int s = 0;
      for (int i = 0; i < form.text().length(); i++) {
        char c = form.text().charAt(i);
        Integer child = children.get(s).get(c);
        if (child == null) {
          child = newNode(c);
          children.get(s).put(c, child);
        }
        s = child;
      }
      List<int[]> target = form.prefix() ? prefixLabels : wordLabels;
      int[] old = target.get(s);
      if (old == null) {
        target.set(s, new int[] {label});
      } else if (Arrays.stream(old).noneMatch(l -> l == label)) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = label;
        target.set(s, grown);
      }
    }

    private int newNode(char c) {
      int id = inChar.size();
      children.add(new TreeMap<>());
      inChar.add(c);
      wordLabels.add(null);
      prefixLabels.add(null);
      return id;
    }

    WordTrie build() {
      return new WordTrie(this);
    }
  }
}
