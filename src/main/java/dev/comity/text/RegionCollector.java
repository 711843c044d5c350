package dev.comity.text;

import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns consecutive pieces of a text into regions: each piece starts where the previous one ended, and pieces of the
 * same kind and quote depth merge. Not thread-safe.
 */
final class RegionCollector {
  private final List<Region> regions = new ArrayList<>();
  /** Kind of the open region; null until the first piece. */
  private RegionKind kind;
  private int depth;
  private int start;
  private int end;

  /** Adds the piece from the end of the previous one to {@code to}. */
  void add(RegionKind kind, int depth, int to) {
    if (kind != this.kind || depth != this.depth) {
      close();
      this.kind = kind;
      this.depth = depth;
    }
    end = to;
  }

  /**
   * Adds the piece from the end of the previous one to {@code to} to the open region whatever its kind: blank lines
   * join the region above them. Before any region they start a prose one.
   */
  void extend(int to) {
    if (kind == null) {
      kind = RegionKind.PROSE;
    }
    end = to;
  }

  /** The regions collected, in order. */
  List<Region> finish() {
    close();
    return Collections.unmodifiableList(regions);
  }

  private void close() {
    if (end > start) {
      regions.add(new Region(kind, new Span(start, end), depth));
      start = end;
    }
  }
}
