package dev.comity.bench;

import java.util.ArrayList;
import java.util.List;

/** What one suite produced: numbers (checked against baselines), tables, charts and notes. Filled by one suite. */
final class SuiteResult {
  final Suite suite;
  final List<Metric> metrics = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();
  final List<Chart> charts = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  double seconds;

  SuiteResult(Suite suite) {
    this.suite = suite;
  }

  Table table(String title, String... header) {
    Table t = new Table(title, header);
    tables.add(t);
    return t;
  }
}
