package dev.comity.spi;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import dev.comity.api.Span;
import dev.comity.text.NormalizedText;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import java.util.List;
import java.util.Set;

/**
 * One message as scorers see it: the original text, its regions, and the normalized view of the regions being scored.
 * Built once per message and shared by all scorers. Immutable and thread-safe.
 */
public final class ScoringContext {
  private final Message message;
  private final String text;
  private final List<Region> regions;
  private final Set<RegionKind> scored;
  private final NormalizedText normalized;

  /**
   * @param message the message being scored
   * @param text the text being scored: the message text, or a prefix of it when the message was truncated
   * @param regions the regions of {@code text}, sorted and covering it
   * @param scored the region kinds being scored
   * @param normalized the normalized view of the regions of the scored kinds
   */
  public ScoringContext(
      Message message, String text, List<Region> regions, Set<RegionKind> scored, NormalizedText normalized) {
    this.message = requireNonNull(message, "message");
    this.text = requireNonNull(text, "text");
    this.regions = List.copyOf(regions);
    this.scored = Set.copyOf(scored);
    this.normalized = requireNonNull(normalized, "normalized");
  }

  /** The message being scored, with its metadata. */
  public Message message() {
    return message;
  }

  /** The text that spans refer to: the message text or, for a truncated message, its scored prefix. */
  public String text() {
    return text;
  }

  /** All regions of {@link #text()}, sorted, together covering it. */
  public List<Region> regions() {
    return regions;
  }

  /** The region kinds being scored; {@link #normalized()} covers exactly the regions of these kinds. */
  public Set<RegionKind> scoredKinds() {
    return scored;
  }

  /** The normalized view of the scored regions. */
  public NormalizedText normalized() {
    return normalized;
  }

  /** The region containing original offset {@code index}, found by binary search. */
  public Region regionAt(int index) {
    int lo = 0;
    int hi = regions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = regions.get(mid).span();
      if (index < s.start()) {
        hi = mid - 1;
      } else if (index >= s.end()) {
        lo = mid + 1;
      } else {
        return regions.get(mid);
      }
    }
    throw new IndexOutOfBoundsException("no region contains offset " + index + " of " + text.length());
  }

  /** A finding-ready copy of the original text under {@code span}. */
  public String covered(Span span) {
    return span.coveredText(text);
  }
}
