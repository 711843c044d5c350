package dev.comity.lexicon;

import java.util.Arrays;

/** A growable int array for per-call scratch data; not thread-safe, never shared. */
final class IntList {
  int[] data;
  int size;

  IntList(int capacity) {
    data = new int[Math.max(4, capacity)];
  }

  void add(int v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, size * 2);
    }
    data[size++] = v;
  }

  int get(int i) {
    return data[i];
  }
}
