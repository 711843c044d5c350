package dev.comity.bench;

import java.util.Locale;

/** The machine figures were measured on; printed with every figure because they mean nothing without it. */
record Machine(int cores, String jvm, String os, long maxHeapMb) {
  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d cores, %s, %s, max heap %d MB", cores, jvm, os, maxHeapMb);
  }
}
