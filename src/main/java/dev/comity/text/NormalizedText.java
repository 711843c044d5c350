package dev.comity.text;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Span;

/**
 * A normalized view of (parts of) an original text with an exact map back to it. Immutable and thread-safe.
 *
 * <p>Every normalized char {@code i} was produced by the original code units {@code [originalStart(i),
 * originalEnd(i))}. Several normalized chars may share one original range (a ligature expanding to two letters) and
 * original code units may produce nothing (zero-width and bidi controls, separators inside a spaced-out word); so a
 * normalized range {@code [a, b)} maps to the original span {@code [originalStart(a), originalEnd(b - 1))}, which always
 * lies within the original text and covers whole code points. Neither bound ever decreases as {@code i} grows. The two
 * chars of a surrogate pair both map to the whole pair, and a combining mark's code units belong to the char before it.
 * The only char produced by no code unit is the {@link #BREAK} between two regions that do not touch: it maps to the
 * empty range at the end of the earlier region.
 *
 * <p>The normalized text is lower-case, NFKC-folded, without diacritics, zero-width or bidi controls; Latin
 * look-alikes from other scripts are folded to Latin letters; every run of whitespace is one {@code ' '}; and
 * {@link #BREAK} stands at every boundary that no match may cross (between regions, at blank lines). Leetspeak digits
 * and symbols ({@code id1ot}, {@code sh!t}, {@code f*ck}) are kept as they are: matchers decide what they may stand for.
 */
public final class NormalizedText {
  /** A hard boundary: between regions and at paragraph breaks. No match crosses it. */
  public static final char BREAK = '\n';

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  /**
   * Creates a view from its parts; the arrays are owned by the new object (not copied) and may be longer than the
   * text, so a builder can hand over its buffers without trimming them.
   *
   * @param starts for each normalized char, the first original code unit that produced it
   * @param ends for each normalized char, the original code unit after the last that produced it
   */
  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = requireNonNull(original, "original");
    this.text = requireNonNull(text, "text");
    if (starts.length < text.length() || ends.length < text.length()) {
      throw new IllegalArgumentException("offset arrays must have an entry for every normalized char");
    }
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text the offsets refer to. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Length of the normalized text in chars. */
  public int length() {
    return text.length();
  }

  /** The normalized char at {@code index}. */
  public char charAt(int index) {
    return text.charAt(index);
  }

  /** First original code unit that produced normalized char {@code index}. */
  public int originalStart(int index) {
    return starts[index];
  }

  /** The original code unit after the last one that produced normalized char {@code index}. */
  public int originalEnd(int index) {
    return ends[index];
  }

  /**
   * The original span that produced the normalized range {@code [start, end)}: empty only for a range that holds
   * nothing but a {@link #BREAK} between regions.
   *
   * @throws IndexOutOfBoundsException when the range is empty or outside the normalized text
   */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new IndexOutOfBoundsException("normalized range [" + start + ", " + end + ") of " + text.length());
    }
    return new Span(starts[start], ends[end - 1]);
  }

  @Override
  public String toString() {
    return text;
  }
}
