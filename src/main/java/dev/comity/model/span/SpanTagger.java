package dev.comity.model.span;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks inflammatory words in text with one {@link SpanTaggerModel}. Not thread-safe: it reuses buffers between calls;
 * create one per thread with {@link SpanTaggerModel#newTagger()}.
 *
 * <p>Each word gets a probability from the model; words at or above the threshold are marked, and marked words with
 * only whitespace between them form one span, as in the Toxic Spans annotations ("{@code you stupid idiot}").
 */
public final class SpanTagger {
  private final SpanTaggerModel model;
  private final SpanFeatures features;
  private final double threshold;
  private final boolean atLeastOne;
  private final Tokens tokens = new Tokens();
  private String[] keys = new String[64];
  private double[] probabilities = new double[64];

  SpanTagger(SpanTaggerModel model, double threshold, boolean atLeastOne) {
    this.model = model;
    this.features = model.features();
    this.threshold = threshold;
    this.atLeastOne = atLeastOne;
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
    if (keys.length < n) {
      keys = new String[Math.max(n, keys.length * 2)];
      probabilities = new double[keys.length];
    }
    for (int i = 0; i < n; i++) {
      keys[i] = SpanFeatures.key(tokens.word(i));
    }
    WordWeights weights = model.weights();
    features.prepare(n, keys, weights);
    int best = 0;
    for (int i = 0; i < n; i++) {
      probabilities[i] = model.probability(features.context(tokens, text, keys, i, weights));
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    List<TaggedSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (probabilities[i] < threshold) {
        i++;
        continue;
      }
      int first = i;
      double max = probabilities[i];
      while (i + 1 < n && probabilities[i + 1] >= threshold && tokens.spaceOnlyAfter(i)) {
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
}
