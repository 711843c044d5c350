package dev.comity.bench;

import dev.comity.api.Span;
import java.util.BitSet;
import java.util.Collection;

/**
 * The official SemEval-2021 Task 5 (Toxic Spans) metric: for each post, F1 between the set of predicted and the set of
 * gold character offsets; the system score is the mean over posts. A post with empty gold scores 1 when the prediction
 * is empty too and 0 otherwise; an empty prediction against non-empty gold scores 0.
 *
 * <p>The task's offsets are Python string indexes, i.e. code points, so {@link #post} counts code points: an emoji in
 * a span counts once, as in the official scorer, though it is two UTF-16 units in a {@link Span}.
 */
public final class SpanF1 {
  private SpanF1() {}

  /**
   * F1 of one post.
   *
   * @param text the post; spans are UTF-16 offsets into it, end exclusive, overlaps allowed
   */
  public static double post(String text, Collection<Span> predicted, Collection<Span> gold) {
    return offsets(Offsets.codePointSet(text, predicted), Offsets.codePointSet(text, gold));
  }

  /** F1 of one post given its predicted and gold offset sets. */
  public static double offsets(BitSet predicted, BitSet gold) {
    if (gold.isEmpty()) {
      return predicted.isEmpty() ? 1.0 : 0.0;
    }
    if (predicted.isEmpty()) {
      return 0.0;
    }
    BitSet both = (BitSet) predicted.clone();
    both.and(gold);
    return 2.0 * both.cardinality() / (predicted.cardinality() + gold.cardinality());
  }
}
