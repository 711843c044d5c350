package dev.comity.text;

import dev.comity.api.Span;
import java.util.List;

/** Builds {@link NormalizedText} views. Stateless and thread-safe. */
public final class Normalizer {
  private Normalizer() {}

  /** Normalizes the whole of {@code original}. */
  public static NormalizedText normalize(String original) {
    return normalize(original, List.of(new Span(0, original.length())));
  }

  /**
   * Normalizes the parts of {@code original} covered by {@code include} (sorted, non-overlapping, within the text),
   * with a {@link NormalizedText#BREAK} between parts that do not touch.
   */
  public static NormalizedText normalize(String original, List<Span> include) {
    throw new UnsupportedOperationException("being written");
  }
}
