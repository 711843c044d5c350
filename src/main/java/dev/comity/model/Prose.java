package dev.comity.model;

import dev.comity.api.Span;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import dev.comity.text.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * The view of a raw text that the default {@link dev.comity.api.Moderator} gives its scorers: the prose regions,
 * normalized. Training reads examples through it so that the model learns from exactly what it will be shown.
 */
final class Prose {
  private Prose() {}

  /**
   * The normalized prose of {@code text}; quotes, patches, code, logs, signatures and URLs left out. Where the text
   * pipeline fails, the moderator scores nothing (it records a {@code text} failure), so the view is empty here too.
   */
  static NormalizedText of(String text) {
    List<Region> regions;
    try {
      regions = Segmenter.segment(text);
    } catch (RuntimeException e) {
      return Normalizer.normalize(text, List.of());
    }
    List<Span> prose = new ArrayList<>();
    for (Region r : regions) {
      if (r.kind() == RegionKind.PROSE) {
        prose.add(r.span());
      }
    }
    return Normalizer.normalize(text, prose);
  }
}
