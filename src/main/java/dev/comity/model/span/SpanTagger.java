package dev.comity.model.span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Marks inflammatory words in text with one {@link SpanTaggerModel}. Not thread-safe: it caches per-word scores and
 * reuses buffers between calls; create one per thread with {@link SpanTaggerModel#newTagger()}.
 *
 * <p>Each word gets a probability from the model; words that reach both the threshold and the relative threshold times
 * the text's highest word probability are marked (annotators mark a post's worst words, not every rude one), and
 * marked words with only whitespace between them form one span, as in the Toxic Spans annotations ("{@code you stupid idiot}").
 *
 * <p>Speed: a word's features are mostly functions of one word (itself or a neighbour), so the sum of their weights is
 * cached per distinct word; per word of a text only the bigrams, its shape and the text-level features are looked up.
 * The result is the probability OpenNLP's {@code eval} gives for the same features, up to rounding.
 */
public final class SpanTagger {
  /** Distinct words cached at most; the cache starts over when full, so memory stays bounded on any input. */
  private static final int MAX_CACHED = 1 << 16;

  private final SpanTaggerModel model;
  private final SpanFeatures features;
  private final double threshold;
  private final double relative;
  private final boolean atLeastOne;
  private final Tokens tokens = new Tokens();
  private final Map<String, WordScore> words = new HashMap<>();
  private final Map<String, Double> shared = new HashMap<>();
  private final double[] boundary = new double[SpanFeatures.OFFSETS.length];
  private String[] keys = new String[64];
  private WordScore[] scores = new WordScore[64];
  private float[] values = new float[64];
  private double[] probabilities = new double[64];

  /** What one distinct word contributes to its own score and to each neighbour's. */
  private record WordScore(float weight, String bucket, double self, double[] asNeighbour) {}

  SpanTagger(SpanTaggerModel model, double threshold, double relative, boolean atLeastOne) {
    this.model = model;
    this.features = model.features();
    this.threshold = threshold;
    this.relative = relative;
    this.atLeastOne = atLeastOne;
    for (int role = 0; role < boundary.length; role++) {
      int r = role;
      String key = SpanFeatures.OFFSETS[role] < 0 ? SpanFeatures.START : SpanFeatures.END;
      boundary[role] = sum(out -> SpanFeatures.neighbour(r, key, SpanFeatures.OUTSIDE, out));
    }
  }

  /**
   * Spans in text offsets (UTF-16, end exclusive) within {@code [from, to)}, sorted and not overlapping, each with the
   * highest probability among its words. Never throws on any text content.
   *
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not a range of {@code text}
   */
  public List<TaggedSpan> tag(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of text length " + text.length());
    }
    tokens.read(text, from, to);
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    score(text, n);
    return spans(n);
  }

  /** Fills {@link #probabilities} for the {@code n} words of {@link #tokens}. */
  private void score(String text, int n) {
    if (keys.length < n) {
      int size = Math.max(n, keys.length * 2);
      keys = new String[size];
      scores = new WordScore[size];
      values = new float[size];
      probabilities = new double[size];
    }
    for (int i = 0; i < n; i++) {
      keys[i] = SpanFeatures.key(tokens.word(i));
      scores[i] = wordScore(keys[i]);
      values[i] = scores[i].weight();
    }
    String strongest = scores[SpanFeatures.strongest(values, n)].bucket();
    for (int i = 0; i < n; i++) {
      WordScore w = scores[i];
      double logOdds = w.self();
      for (int role = 0; role < SpanFeatures.OFFSETS.length; role++) {
        int j = i + SpanFeatures.OFFSETS[role];
        logOdds += j < 0 || j >= n ? boundary[role] : scores[j].asNeighbour()[role];
      }
      String key = keys[i];
      boolean obfuscated = !key.equals(tokens.word(i));
      String shape = SpanFeatures.shape(text, tokens.start(i), tokens.end(i));
      logOdds += cached((obfuscated ? "1" : "0") + shape, out -> SpanFeatures.written(shape, obfuscated, out));
      String previous = i > 0 ? keys[i - 1] : SpanFeatures.START;
      String next = i + 1 < n ? keys[i + 1] : SpanFeatures.END;
      logOdds += sum(out -> SpanFeatures.pairs(previous, key, next, out));
      boolean top = w.bucket().equals(strongest);
      logOdds += cached(strongest + "/" + top + w.bucket(),
          out -> SpanFeatures.text(strongest, top, w.bucket(), out));
      probabilities[i] = 1 / (1 + Math.exp(-logOdds));
    }
  }

  private List<TaggedSpan> spans(int n) {
    List<TaggedSpan> spans = new ArrayList<>();
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    double cut = Math.max(threshold, relative * probabilities[best]);
    int i = 0;
    while (i < n) {
      if (probabilities[i] < cut) {
        i++;
        continue;
      }
      int first = i;
      double max = probabilities[i];
      while (i + 1 < n && probabilities[i + 1] >= cut && tokens.spaceOnlyAfter(i)) {
        i++;
        max = Math.max(max, probabilities[i]);
      }
      spans.add(new TaggedSpan(tokens.start(first), tokens.end(i), max));
      i++;
    }
    if (spans.isEmpty() && atLeastOne) {
      spans.add(new TaggedSpan(tokens.start(best), tokens.end(best), probabilities[best]));
    }
    return spans;
  }

  private WordScore wordScore(String key) {
    WordScore cached = words.get(key);
    if (cached != null) {
      return cached;
    }
    if (words.size() >= MAX_CACHED) {
      words.clear();
    }
    WordWeights weights = model.weights();
    float weight = weights.weight(key);
    String bucket = SpanFeatures.bucket(weight);
    double self = sum(out -> features.word(key, weights, out));
    double[] asNeighbour = new double[SpanFeatures.OFFSETS.length];
    for (int role = 0; role < asNeighbour.length; role++) {
      int r = role;
      asNeighbour[role] = sum(out -> SpanFeatures.neighbour(r, key, bucket, out));
    }
    WordScore score = new WordScore(weight, bucket, self, asNeighbour);
    words.put(key, score);
    return score;
  }

  /** The margin of a feature group that takes few distinct values (shapes, weight buckets), cached by its name. */
  private double cached(String name, Consumer<SpanFeatures.Sink> group) {
    Double value = shared.get(name);
    if (value == null) {
      value = sum(group);
      shared.put(name, value);
    }
    return value;
  }

  private double sum(Consumer<SpanFeatures.Sink> group) {
    double[] total = new double[1];
    group.accept(feature -> total[0] += model.margin(feature));
    return total[0];
  }
}
