package dev.comity.model.span;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each word lies inside a gold span, learned from the training spans: {@code (inside + s * prior) / (seen +
 * s)}, smoothed towards the share of all words that are inside spans. Immutable once built; thread-safe.
 */
final class WordWeights {
  /** Words seen once and never inside a span say nothing beyond the prior; they are not kept. */
  private static final int MIN_KEPT = 2;

  private final Map<String, float[]> weights;
  private final float prior;

  private WordWeights(Map<String, float[]> weights, float prior) {
    this.weights = weights;
    this.prior = prior;
  }

  /** Counts words in and out of gold spans, then smooths. */
  static final class Counter {
    private final Map<String, int[]> counts = new HashMap<>();
    private long inside;
    private long seen;

    void add(String key, boolean isInside) {
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[0]++;
      seen++;
      if (isInside) {
        c[1]++;
        inside++;
      }
    }

    WordWeights build(double smoothing) {
      float prior = seen == 0 ? 0 : (float) ((double) inside / seen);
      Map<String, float[]> weights = new HashMap<>();
      counts.forEach((key, c) -> {
        if (c[0] >= MIN_KEPT || c[1] > 0) {
          weights.put(key, new float[] {(float) ((c[1] + smoothing * prior) / (c[0] + smoothing)), c[0]});
        }
      });
      return new WordWeights(weights, prior);
    }
  }

  /** The smoothed share of the word's occurrences inside spans, or -1 for a word not kept. */
  float weight(String key) {
    float[] w = weights.get(key);
    return w == null ? -1 : w[0];
  }

  /** How many times the word was seen in training, 0 for a word not kept. */
  int seen(String key) {
    float[] w = weights.get(key);
    return w == null ? 0 : (int) w[1];
  }

  /**
   * Every word of at least {@code minLength} characters seen at least {@code minSeen} times with weight at least {@code
   * min}, sorted.
   */
  List<String> keysAtLeast(double min, int minSeen, int minLength) {
    return weights.entrySet().stream()
        .filter(e -> e.getValue()[0] >= min && e.getValue()[1] >= minSeen && e.getKey().length() >= minLength)
        .map(Map.Entry::getKey).sorted().toList();
  }

  /** Writes the words in sorted order, so the same weights always give the same bytes. */
  void write(DataOutputStream out) throws IOException {
    out.writeFloat(prior);
    out.writeInt(weights.size());
    for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeFloat(e.getValue()[0]);
      out.writeInt((int) e.getValue()[1]);
    }
  }

  static WordWeights read(DataInputStream in) throws IOException {
    float prior = in.readFloat();
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("corrupt span model: negative word count " + size);
    }
    Map<String, float[]> weights = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      String key = in.readUTF();
      weights.put(key, new float[] {in.readFloat(), in.readInt()});
    }
    return new WordWeights(weights, prior);
  }
}
