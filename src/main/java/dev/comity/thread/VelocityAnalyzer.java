package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code velocity}: the thread's message rate in its busiest window against its own earlier rate and the list's.
 *
 * <p>k = most messages in one window. Expected: lambda = max(4, the thread's rate before the window (from its first
 * message, when that is at least a window earlier) x window, a tenth of the list's daily traffic over the 90 days before
 * x window in days). Score = clamp((S - 2) / 6), S = -log10 P(Poisson(lambda) >= k). A busy thread is not misconduct;
 * velocity only corroborates other signals in the verdicts.
 */
final class VelocityAnalyzer implements ThreadAnalyzer {
  static final String KIND = "velocity";
  static final double MIN_EXPECTED = 4;
  static final double LIST_SHARE = 0.1;

  private final Duration window;

  VelocityAnalyzer(Duration window) {
    this.window = window;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    List<ThreadPost> posts = context.posts();
    if (posts.size() <= MIN_EXPECTED) {
      return List.of();
    }
    int[] w = Signals.densestWindow(posts.stream().map(ThreadPost::time).toList(), window);
    List<ThreadPost> busy = Signals.slice(posts, w[0], w[1]);
    Instant start = busy.get(0).time();
    Instant end = busy.get(busy.size() - 1).time();
    double windowDays = window.toMinutes() / (24.0 * 60);
    double threadRate = 0;
    Duration age = Duration.between(posts.get(0).time(), start);
    if (age.compareTo(window) >= 0) {
      threadRate = w[0] / (age.toMinutes() / (24.0 * 60)) * windowDays;
    }
    double listPerDay =
        context.history().postsBetween(start.minus(NewcomerBurstAnalyzer.BASELINE), start)
            / (double) NewcomerBurstAnalyzer.BASELINE.toDays();
    double lambda = Math.max(MIN_EXPECTED, Math.max(threadRate, LIST_SHARE * listPerDay * windowDays));
    double score = Signals.clamp((Signals.poissonSurprise(busy.size(), lambda) - 2) / 6);
    if (score <= 0) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (ThreadPost p : busy) {
      evidence.add(Signals.evidence(p, "in the busiest " + Signals.hours(window)));
    }
    String explanation = busy.size() + " messages within " + Signals.hours(window) + " where about "
        + Signals.format(lambda) + " are expected (thread so far " + Signals.format(threadRate) + ", list "
        + Signals.format(listPerDay) + " a day)";
    return List.of(Signals.signal(KIND, score, start, end, evidence, explanation));
  }
}
