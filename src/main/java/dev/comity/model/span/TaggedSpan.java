package dev.comity.model.span;

/**
 * A span the tagger marks as inflammatory.
 *
 * @param start first UTF-16 code unit of the span in the original text
 * @param end the code unit after the last one (exclusive)
 * @param probability the highest probability the model gave to one of the span's words, in [0, 1]
 */
public record TaggedSpan(int start, int end, double probability) {
  /** Validates the span. */
  public TaggedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
    }
  }
}
