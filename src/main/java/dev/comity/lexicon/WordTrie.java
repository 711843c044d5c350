package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over every word form of every pattern and class, walked once per text word as a small NFA that
 * understands leet symbols, {@code *} wildcards and stretched letters. Immutable and thread-safe once built.
 *
 * <p>Each node that ends a form carries the labels that form stands for in the {@link PhraseTrie}: its own form label
 * and the label of every class holding it. A text word's labels are the union over the forms it matches.
 */
final class WordTrie {
  /** Slots of the dense child table: a-z, 0-9, apostrophe, hyphen. Other characters go to {@link #extra}. */
  private static final int SLOTS = 38;

  /**
   * The most trie states alive at once while reading one word. Wildcards and leet alternatives fan out; the cap keeps
   * the work per character constant whatever the input (deeply ambiguous obfuscations beyond it may be missed).
   */
  static final int MAX_STATES = 32;

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

  private final int[] next;
  private final Map<Long, Integer> extra;
  private final char[] inChar;
  private final int[][] wordLabels;
  private final int[][] prefixLabels;

  private WordTrie(Builder b) {
    int n = b.inChar.size();
    this.next = Arrays.copyOf(b.next, n * SLOTS);
    this.extra = Map.copyOf(b.extra);
    this.inChar = new char[n];
    this.wordLabels = new int[n][];
    this.prefixLabels = new int[n][];
    for (int i = 0; i < n; i++) {
      inChar[i] = b.inChar.get(i);
      wordLabels[i] = b.wordLabels.get(i);
      prefixLabels[i] = b.prefixLabels.get(i);
    }
  }

  /** Whether {@code c} may stand inside a word for a letter when flanked by word characters. */
  static boolean isLeetSymbol(char c) {
    return c == '@' || c == '$' || c == '!' || c == '|' || c == '*';
  }

  /** Number of nodes, for diagnostics. */
  int size() {
    return inChar.length;
  }

  /**
   * Appends to {@code out} the labels of every form matching the word {@code text[start, end)}; returns the new size
   * of {@code out}. Labels already present from {@code from} on are not repeated.
   *
   * @param scratch two arrays of at least {@link #MAX_STATES} ints, reused across calls by one thread
   */
  int labels(String text, int start, int end, IntList out, int[][] scratch) {
    int from = out.size;
    int[] cur = scratch[0];
    int[] nxt = scratch[1];
    int n = 1;
    cur[0] = 0;
    char prev = 0;
    for (int i = start; i < end && n > 0; i++) {
      char c = text.charAt(i);
      // Leet digits need a word character on both sides; leet symbols are only inside a word when flanked anyway.
      boolean inner = i > start && i < end - 1;
      boolean leet = c < 128 && LEET[c] != null && (inner || c < '0' || c > '9');
      boolean wild = c == '*';
      int slot = slot(c);
      int m = 0;
      for (int k = 0; k < n; k++) {
        int s = cur[k];
        if (slot >= 0) {
          m = add(nxt, m, next[s * SLOTS + slot]);
        } else if (!wild && !leet) {
          Integer child = extra.get(key(s, c));
          if (child != null) {
            m = add(nxt, m, child);
          }
        }
        if (leet) {
          for (char l : LEET[c]) {
            m = add(nxt, m, next[s * SLOTS + (l - 'a')]);
          }
        } else if (wild) {
          int base = s * SLOTS;
          for (int l = 0; l < 26; l++) {
            m = add(nxt, m, next[base + l]);
          }
        }
        // Stretched letters: a repeat of the character just read stays on the same pattern letter.
        if (c == prev && !wild && s != 0 && matches(c, inChar[s], leet)) {
          m = add(nxt, m, s);
        }
      }
      for (int k = 0; k < m; k++) {
        int[] p = prefixLabels[nxt[k]];
        if (p != null) {
          addAll(out, from, p);
        }
      }
      int[] t = cur;
      cur = nxt;
      nxt = t;
      n = m;
      prev = c;
    }
    for (int k = 0; k < n; k++) {
      int[] w = wordLabels[cur[k]];
      if (w != null) {
        addAll(out, from, w);
      }
    }
    return out.size;
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

  private static int add(int[] states, int m, int s) {
    if (s <= 0 || m == MAX_STATES) {
      return m;
    }
    for (int k = 0; k < m; k++) {
      if (states[k] == s) {
        return m;
      }
    }
    states[m] = s;
    return m + 1;
  }

  private static void addAll(IntList out, int from, int[] labels) {
    outer:
    for (int l : labels) {
      for (int k = from; k < out.size; k++) {
        if (out.data[k] == l) {
          continue outer;
        }
      }
      out.add(l);
    }
  }

  /** The dense slot of {@code c}, or -1 when it has none. */
  private static int slot(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    if (c == '\'' || c == '\u2019' || c == '\u02BC') {
      return 36;
    }
    return c == '-' ? 37 : -1;
  }

  private static long key(int node, char c) {
    return ((long) node << 16) | c;
  }

  /** Collects forms; not thread-safe. */
  static final class Builder {
    private int[] next = new int[SLOTS * 64];
    private final Map<Long, Integer> extra = new HashMap<>();
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
        int slot = slot(c);
        int child = slot >= 0 ? next[s * SLOTS + slot] : extra.getOrDefault(key(s, c), 0);
        if (child == 0) {
          child = newNode(c);
          if (slot >= 0) {
            next[s * SLOTS + slot] = child;
          } else {
            extra.put(key(s, c), child);
          }
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
      if ((id + 1) * SLOTS > next.length) {
        next = Arrays.copyOf(next, next.length * 2);
      }
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
