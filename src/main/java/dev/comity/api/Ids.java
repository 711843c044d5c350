package dev.comity.api;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Formats the valid ids of an enum for error messages. */
final class Ids {
  private Ids() {}

  static <E> String list(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
  }
}
