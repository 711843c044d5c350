package dev.comity.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A result table for the report. Mutable while a suite fills it; not thread-safe. */
final class Table {
  final String title;
  final List<String> header;
  final List<List<String>> rows = new ArrayList<>();

  Table(String title, String... header) {
    this.title = title;
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c instanceof Double d ? format(d) : String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  /** Three decimals, "n/a" for undefined. */
  static String format(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
