package dev.comity.bench;

/**
 * One number a suite measured, keyed like {@code toxispanse:dev/toxic/f1}; {@code direction} says which way is better,
 * so {@code --check} knows what a regression is.
 */
record Metric(String key, double value, Direction direction) {
  enum Direction {
    HIGHER, LOWER, INFO
  }

  static Metric higher(String key, double value) {
    return new Metric(key, value, Direction.HIGHER);
  }

  static Metric lower(String key, double value) {
    return new Metric(key, value, Direction.LOWER);
  }

  static Metric info(String key, double value) {
    return new Metric(key, value, Direction.INFO);
  }
}
