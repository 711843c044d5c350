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
    // Interim: lower-cases char by char with an identity map; the full normalizer replaces this.
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length() + include.size()];
    int[] ends = new int[starts.length];
    int prevEnd = -1;
    for (Span s : include) {
      if (prevEnd >= 0 && s.start() != prevEnd) {
        starts[out.length()] = prevEnd;
        ends[out.length()] = prevEnd;
        out.append(NormalizedText.BREAK);
      }
      for (int i = s.start(); i < s.end(); i++) {
        starts[out.length()] = i;
        ends[out.length()] = i + 1;
        out.append(Character.toLowerCase(original.charAt(i)));
      }
      prevEnd = s.end();
    }
    return new NormalizedText(
        original, out.toString(), java.util.Arrays.copyOf(starts, out.length()),
        java.util.Arrays.copyOf(ends, out.length()));
  }
}
