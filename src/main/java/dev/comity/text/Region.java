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
  public Region {
    requireNonNull(kind, "kind");
    requireNonNull(span, "span");
    if (quoteDepth < 0) {
      throw new IllegalArgumentException("negative quote depth " + quoteDepth);
    }
  }

  public Region(RegionKind kind, Span span) {
    this(kind, span, 0);
  }
}
