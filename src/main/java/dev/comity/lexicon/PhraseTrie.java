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
 * <p>Edges live in one open-addressing hash table keyed by (node, label), so a lookup is a multiply, a mask and
 * usually one probe, with no per-node objects.
 */
final class PhraseTrie {
  /** The label of {@code <any>} edges. */
  static final int ANY = -1;
  /** Punctuation labels are this plus the character. */
  static final int PUNCT = 1 << 24;

  static final byte WORD_EDGES = 1;
  static final byte PUNCT_EDGES = 2;

  private final long[] keys;
  private final int[] children;
  private final int mask;
  private final int[] anyChild;
  private final byte[] flags;
  private final int[] outStart;
  private final int[] outcomes;

  private PhraseTrie(Builder b) {
    int n = b.nodes;
    int cap = Integer.highestOneBit(Math.max(16, b.edges.size() * 2 + 1)) << 1;
    keys = new long[cap];
    children = new int[cap];
    Arrays.fill(keys, -1L);
    mask = cap - 1;
    anyChild = new int[n];
    Arrays.fill(anyChild, -1);
    flags = new byte[n];
    for (Map.Entry<Long, Integer> e : b.edges.entrySet()) {
      long k = e.getKey();
      int node = (int) (k >>> 32);
      int label = (int) k;
      if (label == ANY) {
        anyChild[node] = e.getValue();
        flags[node] |= WORD_EDGES;
        continue;
      }
      flags[node] |= label >= PUNCT ? PUNCT_EDGES : WORD_EDGES;
      int h = hash(k) & mask;
      while (keys[h] != -1L) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      children[h] = e.getValue();
    }
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
    long k = ((long) node << 32) | (label & 0xFFFFFFFFL);
    int h = hash(k) & mask;
    while (true) {
      long found = keys[h];
      if (found == k) {
        return children[h];
      }
      if (found == -1L) {
        return -1;
      }
      h = (h + 1) & mask;
    }
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

  /** Number of nodes, for diagnostics. */
  int size() {
    return flags.length;
  }

  private static int hash(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  /** Collects label sequences; not thread-safe. */
  static final class Builder {
    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<List<Integer>> outcomes = new ArrayList<>();
    private int nodes;

    Builder() {
      newNode();
    }

    /** Adds one label sequence ending in {@code outcome}. */
    void add(int[] labels, int length, int outcome) {
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

    PhraseTrie build() {
      return new PhraseTrie(this);
    }
  }
}
