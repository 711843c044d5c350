package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Arithmetic and formatting shared by the thread analyzers. */
final class Signals {
  /** A signal at or above this score is {@link Severity#MEDIUM}; verdicts at or above it alert. */
  static final double MEDIUM = 0.5;
  /** A signal at or above this score is {@link Severity#HIGH}. */
  static final double HIGH = 0.75;

  private Signals() {}

  static double clamp(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }

  static Severity severity(double score) {
    return score >= HIGH ? Severity.HIGH : score >= MEDIUM ? Severity.MEDIUM : Severity.LOW;
  }

  static ThreadSignal signal(
      String kind, double score, Instant start, Instant end, List<Evidence> evidence, String explanation) {
    double s = clamp(score);
    return new ThreadSignal(kind, s, severity(s), start, end, evidence, explanation);
  }

  /**
   * Surprise of seeing at least {@code k} events where {@code lambda} are expected: {@code -log10 P(X >= k)} for a
   * Poisson count X. Summed in log space, so large counts neither overflow nor lose the tail.
   */
  static double poissonSurprise(int k, double lambda) {
    if (k <= 0) {
      return 0.0;
    }
    // P(X >= k) = 1 - sum_{i<k} P(X = i); for k above the mean, sum the upper tail directly for precision.
    double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
    double sum = 0.0;
    double term = 1.0;
    for (int i = k; i < k + 1000; i++) {
      sum += term;
      term *= lambda / (i + 1);
      if (term < 1e-12 * sum) {
        break;
      }
    }
    double log10Tail = (logTerm + Math.log(sum)) / Math.log(10);
    return Math.max(0.0, -log10Tail);
  }

  private static double logFactorial(int n) {
    double s = 0.0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  static Evidence evidence(ThreadPost p, List<Span> spans, String note) {
    return new Evidence(p.id(), p.author(), spans, note);
  }

  static Evidence evidence(ThreadPost p, String note) {
    return evidence(p, List.of(), note);
  }

  static String format(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  static String hours(Duration d) {
    long h = d.toHours();
    return h > 0 && d.toMinutes() % 60 == 0 ? h + "h" : d.toMinutes() + "min";
  }

  /**
   * The window of length {@code window} holding the most items, over items sorted by time; ties go to the earliest.
   * Returns [first index, last index] inclusive, or null for no items.
   */
  static int[] densestWindow(List<Instant> sortedTimes, Duration window) {
    if (sortedTimes.isEmpty()) {
      return null;
    }
    int bestStart = 0;
    int bestEnd = 0;
    int start = 0;
    for (int end = 0; end < sortedTimes.size(); end++) {
      Instant limit = sortedTimes.get(end).minus(window);
      while (sortedTimes.get(start).isBefore(limit)) {
        start++;
      }
      if (end - start > bestEnd - bestStart) {
        bestStart = start;
        bestEnd = end;
      }
    }
    return new int[] {bestStart, bestEnd};
  }

  /** {@code items} from {@code from} to {@code to} inclusive, as a new list. */
  static <T> List<T> slice(List<T> items, int from, int to) {
    return new ArrayList<>(items.subList(from, to + 1));
  }
}
