package dev.comity.bench;

import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Converts between the upstream datasets' offsets and Comity's. The datasets were made in Python, whose string
 * indexes count code points; Comity counts UTF-16 code units. They differ after any character outside the BMP (emoji).
 */
final class Offsets {
  private Offsets() {}

  /**
   * Collapses a list of code-point offsets (any order, duplicates allowed) into sorted UTF-16 spans, one per run of
   * consecutive offsets. Offsets at or beyond the text's end are dropped: a few upstream rows point past their text.
   */
  static List<Span> runsToSpans(String text, Collection<Integer> codePointOffsets) {
    int codePoints = text.codePointCount(0, text.length());
    BitSet set = new BitSet();
    for (int o : codePointOffsets) {
      if (o >= 0 && o < codePoints) {
        set.set(o);
      }
    }
    List<Span> spans = new ArrayList<>();
    for (int start = set.nextSetBit(0); start >= 0; ) {
      int end = set.nextClearBit(start);
      spans.add(toUtf16(text, start, end));
      start = set.nextSetBit(end);
    }
    return spans;
  }

  /** The UTF-16 span of code points [start, end), clamped to the text. */
  static Span toUtf16(String text, int cpStart, int cpEnd) {
    int codePoints = text.codePointCount(0, text.length());
    int s = Math.min(Math.max(cpStart, 0), codePoints);
    int e = Math.min(Math.max(cpEnd, s), codePoints);
    int start = text.offsetByCodePoints(0, s);
    return new Span(start, text.offsetByCodePoints(start, e - s));
  }

  /**
   * The set of code-point indexes covered by UTF-16 spans, as the official span metric counts characters. A span that
   * cuts a surrogate pair covers the whole character: counting its code points from the cut would shift it onto the
   * next character.
   */
  static BitSet codePointSet(String text, Collection<Span> spans) {
    BitSet set = new BitSet();
    for (Span s : spans) {
      int end = Math.min(s.end(), text.length());
      int start = Math.min(s.start(), end);
      if (start > 0 && start < text.length() && Character.isSurrogatePair(text.charAt(start - 1), text.charAt(start))) {
        start--;
      }
      if (end > start && end < text.length() && Character.isSurrogatePair(text.charAt(end - 1), text.charAt(end))) {
        end++;
      }
      int from = text.codePointCount(0, start);
      set.set(from, from + text.codePointCount(start, end));
    }
    return set;
  }
}
