package dev.comity.text;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Span;

/**
 * A stretch of a message's original text and what it is. Immutable.
 *
 * @param kind what the stretch is
 * @param span UTF-16 offsets into the original text, end exclusive
 * @param quoteDepth for {@link RegionKind#QUOTED}, how many quote levels deep (1 for {@code >}, 2 for {@code > >});
 *     0 for every other kind
 */
public record Region(RegionKind kind, Span span, int quoteDepth) {
  /**
   * Validates the parts.
   *
   * @throws NullPointerException when {@code kind} or {@code span} is null
   * @throws IllegalArgumentException when {@code quoteDepth} is negative
   */
  public Region {
    requireNonNull(kind, "kind");
    requireNonNull(span, "span");
    if (quoteDepth < 0) {
      throw new IllegalArgumentException("negative quote depth " + quoteDepth);
    }
  }

  /** A region of depth 0, for every kind but {@link RegionKind#QUOTED}. */
  public Region(RegionKind kind, Span span) {
    this(kind, span, 0);
  }
}
