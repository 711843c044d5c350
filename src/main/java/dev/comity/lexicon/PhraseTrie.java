package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token labels: every pattern of every loaded lexicon, expanded into plain label sequences (alternatives
 * and optional words become separate paths, {@code <any:N-M>} becomes N to M {@link #ANY} edges). Each node that ends a
 * sequence lists the outcomes (entry and role) it stands for. Immutable and thread-safe once built.
 *
 * <p>Edges are stored per node as a sorted label array (compressed rows): past the root, nodes have few children, so a
 * lookup is a short scan of adjacent ints. The root, where every word is looked up, has a dense table by label.
 */
final class PhraseTrie {
  /** The label of {@code <any>} edges. */
  static final int ANY = -1;
  /** Punctuation labels are this plus the character. */
  static final int PUNCT = 1 << 24;

  static final byte WORD_EDGES = 1;
  static final byte PUNCT_EDGES = 2;

  private final int[] edgeStart;
  private final int[] edgeLabel;
  private final int[] edgeChild;
  private final int[] anyChild;
  private final byte[] flags;
  private final int[] outStart;
  private final int[] outcomes;
  /** The root's word children by label: most lookups start at the root, and most of them miss. */
  private final int[] rootChildren;
  /**
   * Where the root's punctuation edges start in its row: they sort after every word label, so a punctuation token,
   * which is looked up at the root as often as a word, searches only them.
   */
  private final int rootPunctStart;
  /** The most tokens a sequence of this trie spans. */
  private final int depth;

  private PhraseTrie(Builder b, int wordLabels) {
    int n = b.nodes;
    depth = b.depth;
    anyChild = new int[n];
    Arrays.fill(anyChild, -1);
    flags = new byte[n];
    rootChildren = new int[wordLabels];
    Arrays.fill(rootChildren, -1);
    edgeStart = new int[n + 1];
    edgeLabel = new int[b.edges.size()];
    edgeChild = new int[b.edges.size()];
    // Keys are (node << 32 | label) with labels >= -1; sorting by (node, label) gives the rows in order.
    long[][] sorted = b.edges.entrySet().stream()
        .map(e -> new long[] {e.getKey() >>> 32, (int) (long) e.getKey(), e.getValue()})
        .sorted((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]))
        .toArray(long[][]::new);
    int e = 0;
    int node = 0;
    int punctStart = -1;
    for (long[] edge : sorted) {
      int from = (int) edge[0];
      int label = (int) edge[1];
      int child = (int) edge[2];
      while (node <= from) {
        edgeStart[node++] = e;
      }
      if (label == ANY) {
        anyChild[from] = child;
        flags[from] |= WORD_EDGES;
        continue;
      }
      flags[from] |= label >= PUNCT ? PUNCT_EDGES : WORD_EDGES;
      if (from == 0 && label < PUNCT) {
        rootChildren[label] = child;
      }
      if (from == 0 && label >= PUNCT && punctStart < 0) {
        punctStart = e;
      }
      edgeLabel[e] = label;
      edgeChild[e++] = child;
    }
    while (node <= n) {
      edgeStart[node++] = e;
    }
    rootPunctStart = punctStart < 0 ? edgeStart[1] : punctStart;
    outStart = new int[n + 1];
    int total = 0;
    for (int i = 0; i < n; i++) {
      outStart[i] = total;
      total += b.outcomes.get(i).size();
    }
    outStart[n] = total;
    outcomes = new int[total];
    for (int i = 0; i < n; i++) {
      List<Integer> o = b.outcomes.get(i);
      for (int j = 0; j < o.size(); j++) {
        outcomes[outStart[i] + j] = o.get(j);
      }
    }
  }

  /** The child of {@code node} along {@code label}, or -1. */
  int child(int node, int label) {
    int lo = edgeStart[node];
    int hi = edgeStart[node + 1] - 1;
    if (hi - lo < 8) {
      for (int i = lo; i <= hi; i++) {
        int l = edgeLabel[i];
        if (l >= label) {
          return l == label ? edgeChild[i] : -1;
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int l = edgeLabel[mid];
      if (l < label) {
        lo = mid + 1;
      } else if (l > label) {
        hi = mid - 1;
      } else {
        return edgeChild[mid];
      }
    }
    return -1;
  }

  /** The child of the root along the punctuation label of {@code c}, or -1. */
  int rootPunctChild(char c) {
    int label = PUNCT + c;
    for (int i = rootPunctStart, end = edgeStart[1]; i < end; i++) {
      int l = edgeLabel[i];
      if (l >= label) {
        return l == label ? edgeChild[i] : -1;
      }
    }
    return -1;
  }

  /** The child of the root along word label {@code label}, or -1. */
  int rootChild(int label) {
    return rootChildren[label];
  }

  /** The most tokens any sequence of this trie spans. */
  int depth() {
    return depth;
  }

  int anyChild(int node) {
    return anyChild[node];
  }

  byte flags(int node) {
    return flags[node];
  }

  int outcomesStart(int node) {
    return outStart[node];
  }

  int outcomesEnd(int node) {
    return outStart[node + 1];
  }

  int outcome(int index) {
    return outcomes[index];
  }

  /** Collects label sequences; not thread-safe. */
  static final class Builder {
    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<List<Integer>> outcomes = new ArrayList<>();
    private int nodes;
    private int depth;

    Builder() {
      newNode();
    }

    /** Adds one label sequence ending in {@code outcome}. */
    void add(int[] labels, int length, int outcome) {
      depth = Math.max(depth, length);
      int node = 0;
      for (int i = 0; i < length; i++) {
        long k = ((long) node << 32) | (labels[i] & 0xFFFFFFFFL);
        Integer child = edges.get(k);
        if (child == null) {
          child = newNode();
          edges.put(k, child);
        }
        node = child;
      }
      List<Integer> o = outcomes.get(node);
      if (!o.contains(outcome)) {
        o.add(outcome);
      }
    }

    private int newNode() {
      outcomes.add(new ArrayList<>(0));
      return nodes++;
    }

    /** @param wordLabels the number of word labels, all in {@code [0, wordLabels)} */
    PhraseTrie build(int wordLabels) {
      return new PhraseTrie(this, wordLabels);
    }
  }
}
