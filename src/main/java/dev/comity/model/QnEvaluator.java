package dev.comity.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/**
 * Evaluates a message model trained by L-BFGS ({@code MAXENT_QN}) over {@link MessageFeatures} without building a
 * feature string. At load time every word of the model's features gets an id, and the parameters are laid out in flat
 * arrays: an open-addressing table from a word to its id and its own parameters, one from a pair of ids to the pair's
 * parameters, and the parameters of each feature side by side. A token then costs a few array reads, where OpenNLP
 * builds two strings and walks a {@code HashMap} of objects for each; on a busy machine those reads miss the cache, so
 * fewer of them is most of the gain.
 *
 * <p>The result is the same doubles as {@code DocumentCategorizerME.categorize}: the same parameters added in the same
 * order as {@code QNModel.eval} adds them (feature by feature in {@link MessageFeatures#extractFeatures} order; within
 * a feature, in its outcome order), then normalized by the same {@code logSumOfExps} and {@code StrictMath.exp}.
 * Immutable and thread-safe.
 */
final class QnEvaluator {
  /** Set in every used word slot's first long, so that an empty slot is 0. */
  private static final long USED = 1L << 32;
  private static final long NO_PAIR = -1;

  private final int outcomes;
  /**
   * Word slots of three longs: {@code USED | hashCode}; the key's start in {@link #keys} (high half) and length; the
   * word id (high half) and the offset of its own parameters in {@link #parameters}, or -1.
   */
  private final long[] words;
  private final char[] keys;
  /** Pair slots of two longs: {@code first id << 32 | second id} ({@link #NO_PAIR} when empty); parameters offset. */
  private final long[] pairs;
  /** Each feature's parameters, after the index of its outcome pattern in {@link #patterns}. */
  private final double[] parameters;
  private final int[][] patterns;

  private QnEvaluator(int outcomes, long[] words, char[] keys, long[] pairs, double[] parameters, int[][] patterns) {
    this.outcomes = outcomes;
    this.words = words;
    this.keys = keys;
    this.pairs = pairs;
    this.parameters = parameters;
    this.patterns = patterns;
  }

  /**
   * The evaluator of {@code model}, or empty when the model is not a QN model over {@link MessageFeatures} alone (the
   * other trainers' models normalize differently: leave them to OpenNLP).
   */
  static Optional<QnEvaluator> of(DoccatModel model) {
    FeatureGenerator[] generators = model.getFactory().getFeatureGenerators();
    if (!(model.getMaxentModel() instanceof QNModel qn)
        || generators.length != 1 || !(generators[0] instanceof MessageFeatures)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) qn.getDataStructures()[1];
    return Optional.of(new Builder(qn.getNumOutcomes()).build(predicates));
  }

  /** Collects the features' words and parameters, then lays out the tables. */
  private static final class Builder {
    private final int outcomes;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private int[] self = new int[1024];
    private long[] pairKeys = new long[1024];
    private int[] pairOffsets = new int[1024];
    private int pairCount;
    private double[] parameters = new double[1024];
    private int size;
    private final Map<int[], Integer> patterns = new IdentityHashMap<>();

    Builder(int outcomes) {
      this.outcomes = outcomes;
    }

    QnEvaluator build(Map<String, Context> predicates) {
      int word = MessageFeatures.WORD.length();
      int pair = MessageFeatures.PAIR.length();
      predicates.forEach((predicate, context) -> {
        if (predicate.startsWith(MessageFeatures.WORD)) {
          int id = id(predicate.substring(word)); // before indexing: id() may grow the array
          self[id] = add(context);
        } else if (predicate.startsWith(MessageFeatures.PAIR)) {
          // PAIR + first + ' ' + second: when a word has a space, every split gives the same feature string.
          int offset = add(context);
          for (int space = predicate.indexOf(' ', pair); space >= 0; space = predicate.indexOf(' ', space + 1)) {
            int first = id(predicate.substring(pair, space));
            int second = id(predicate.substring(space + 1));
            if (pairCount == pairKeys.length) {
              pairKeys = Arrays.copyOf(pairKeys, pairCount * 2);
              pairOffsets = Arrays.copyOf(pairOffsets, pairCount * 2);
            }
            pairKeys[pairCount] = (long) first << 32 | second;
            pairOffsets[pairCount++] = offset;
          }
        }
        // Any other predicate is a string MessageFeatures never produces, so it never contributes.
      });
      int[][] byIndex = new int[patterns.size()][];
      patterns.forEach((outcomes, index) -> byIndex[index] = outcomes);
      return new QnEvaluator(outcomes, wordTable(), keyChars(), pairTable(), Arrays.copyOf(parameters, size), byIndex);
    }

    private int id(String word) {
      Integer id = ids.get(word);
      if (id == null) {
        id = vocabulary.size();
        ids.put(word, id);
        vocabulary.add(word);
        if (id == self.length) {
          self = Arrays.copyOf(self, id * 2);
        }
        self[id] = -1;
      }
      return id;
    }

    /** Appends a feature's pattern index and parameters; returns its offset. */
    private int add(Context context) {
      double[] values = context.getParameters();
      while (size + 1 + values.length > parameters.length) {
        parameters = Arrays.copyOf(parameters, parameters.length * 2);
      }
      int offset = size;
      parameters[size++] = patterns.computeIfAbsent(context.getOutcomes(), p -> patterns.size());
      System.arraycopy(values, 0, parameters, size, values.length);
      size += values.length;
      return offset;
    }

    private long[] wordTable() {
      int capacity = capacity(vocabulary.size());
      long[] table = new long[3 * capacity];
      int start = 0;
      for (int id = 0; id < vocabulary.size(); id++) {
        String w = vocabulary.get(id);
        int slot = spread(w.hashCode()) & (capacity - 1);
        while (table[3 * slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        table[3 * slot] = USED | (w.hashCode() & 0xFFFFFFFFL);
        table[3 * slot + 1] = (long) start << 32 | w.length();
        table[3 * slot + 2] = (long) id << 32 | (self[id] & 0xFFFFFFFFL);
        start += w.length();
      }
      return table;
    }

    private char[] keyChars() {
      StringBuilder b = new StringBuilder();
      vocabulary.forEach(b::append);
      return b.toString().toCharArray();
    }

    private long[] pairTable() {
      int capacity = capacity(pairCount);
      long[] table = new long[2 * capacity];
      for (int k = 0; k < capacity; k++) {
        table[2 * k] = NO_PAIR;
      }
      for (int k = 0; k < pairCount; k++) {
        int slot = spread(pairKeys[k]) & (capacity - 1);
        while (table[2 * slot] != NO_PAIR) {
          slot = (slot + 1) & (capacity - 1);
        }
        table[2 * slot] = pairKeys[k];
        table[2 * slot + 1] = pairOffsets[k];
      }
      return table;
    }

    /** A power of two at least twice {@code n}, so that tables stay at most half full and probes short. */
    private static int capacity(int n) {
      return Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
    }
  }

  /** The outcome probabilities for {@code tokens}, as {@code DocumentCategorizerME.categorize} gives them. */
  double[] categorize(String[] tokens) {
    // Look every feature up first, then add: the lookups of different tokens do not depend on each other, so the
    // processor overlaps their cache misses; the additions then run in QNModel.eval's order.
    int n = tokens.length;
    long[] found = new long[n]; // per token: its id (high half) and own parameters offset, or -1
    int previous = -1; // id of the previous token, -1 after a break or an unknown word: no pair feature then
    for (int k = 0; k < n; k++) {
      int slot = tokens[k].equals(MessageFeatures.BREAK) ? -1 : find(tokens[k]);
      found[k] = slot < 0 ? -1 : words[slot + 2];
    }
    int[] pairs = new int[n]; // per token: the parameters offset of its pair with the previous token, or -1
    for (int k = 0; k < n; k++) {
      int id = found[k] < 0 ? -1 : (int) (found[k] >>> 32);
      pairs[k] = previous >= 0 && id >= 0 ? pair(previous, id) : -1;
      previous = id;
    }
    double[] probs = new double[outcomes];
    for (int k = 0; k < n; k++) {
      if (found[k] >= 0) {
        add(probs, (int) found[k]);
        add(probs, pairs[k]);
      }
    }
    double logSumExp = ArrayMath.logSumOfExps(probs);
    for (int oi = 0; oi < probs.length; oi++) {
      probs[oi] = StrictMath.exp(probs[oi] - logSumExp);
    }
    return probs;
  }

  /** The index of the word slot of {@code word}, or -1. */
  private int find(String word) {
    int hash = word.hashCode();
    long tag = USED | (hash & 0xFFFFFFFFL);
    int mask = words.length / 3 - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long used = words[3 * slot];
      if (used == 0) {
        return -1;
      }
      if (used == tag && matches(word, words[3 * slot + 1])) {
        return 3 * slot;
      }
    }
  }

  private boolean matches(String word, long key) {
    int start = (int) (key >>> 32);
    if (word.length() != (int) key) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (keys[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The parameters offset of the pair feature of words {@code first} and {@code second}, or -1. */
  private int pair(int first, int second) {
    long key = (long) first << 32 | second;
    int mask = pairs.length / 2 - 1;
    for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      long k = pairs[2 * slot];
      if (k == key) {
        return (int) pairs[2 * slot + 1];
      }
      if (k == NO_PAIR) {
        return -1;
      }
    }
  }

  /** Adds the parameters of the feature at {@code offset} (nothing for -1), in its outcome order. */
  private void add(double[] probs, int offset) {
    if (offset < 0) {
      return;
    }
    int[] outcomes = patterns[(int) parameters[offset]];
    for (int i = 0; i < outcomes.length; i++) {
      probs[outcomes[i]] += parameters[offset + 1 + i];
    }
  }

  /** A slot number from a hash: a Fibonacci multiply, whose high bits are well mixed, folded into an int. */
  private static int spread(long hash) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
