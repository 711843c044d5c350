package dev.comity.model.span;

/**
 * An immutable set of {@code long} values in one open-addressing table (linear probing, at most an eighth full), so
 * that a lookup costs one multiply and nearly always one array read: faster than a binary search over a sorted array
 * and free of boxing. The sparse table is what makes a miss, the common case, cheap: its probe almost always ends at
 * once on an empty slot. Thread-safe.
 */
final class LongHashSet {
  /** Marks an empty slot; whether 0 itself is a member is kept apart. */
  private static final long EMPTY = 0;

  private final long[] table;
  private final int shift;
  private final boolean hasEmpty;

  /** The set of {@code values}; duplicates are kept once. */
  LongHashSet(long[] values) {
    int capacity = Integer.highestOneBit(Math.max(2, values.length) * 8 - 1) << 1;
    table = new long[capacity];
    shift = Long.numberOfLeadingZeros(capacity - 1);
    boolean empty = false;
    for (long v : values) {
      if (v == EMPTY) {
        empty = true;
        continue;
      }
      int slot = slot(v);
      while (table[slot] != EMPTY && table[slot] != v) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = v;
    }
    hasEmpty = empty;
  }

  boolean contains(long value) {
    if (value == EMPTY) {
      return hasEmpty;
    }
    for (int slot = slot(value); ; slot = (slot + 1) & (table.length - 1)) {
      long v = table[slot];
      if (v == value) {
        return true;
      }
      if (v == EMPTY) {
        return false;
      }
    }
  }

  /** The table slot where a probe for {@code value} starts: the top bits of a Fibonacci hash, well spread. */
  private int slot(long value) {
    return (int) ((value * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
