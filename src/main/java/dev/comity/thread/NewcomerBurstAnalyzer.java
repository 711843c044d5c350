package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ParticipantHistory;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code newcomer_burst}: first-time or rare posters ({@link Newcomers#RARE_POSTS}) arriving in one thread within a
 * window, against the list's normal rate of new posters.
 *
 * <p>k = most newcomers whose first post in the thread falls in one window of {@code window}. Expected: lambda =
 * max(0.25, n x w, q x m), from the list's 90 days before the window: n new posters a day over w days of window (the
 * whole list's arrivals: a generous baseline for one thread), and q = new posters per post times m, the thread's other
 * messages during the burst (so a thread that draws fifty messages in a day is expected to draw a few new voices too).
 * Score = clamp((S - 1.5) / 3) with S = -log10 P(Poisson(lambda) >= k): 1 in 30 gives 0, 1 in 30,000 gives 1. Needs
 * k >= 3 and at least {@link #MIN_BASELINE_POSTS} list posts in the 90 days: with a shorter history everyone looks new.
 */
final class NewcomerBurstAnalyzer implements ThreadAnalyzer {
  static final String KIND = "newcomer_burst";
  static final Duration BASELINE = Duration.ofDays(90);
  static final int MIN_BASELINE_POSTS = 50;
  static final int MIN_NEWCOMERS = 3;

  private final Duration window;

  NewcomerBurstAnalyzer(Duration window) {
    this.window = window;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    ParticipantHistory history = context.history();
    List<ThreadPost> newcomers = Newcomers.firstPosts(context.posts(), history);
    if (newcomers.size() < MIN_NEWCOMERS) {
      return List.of();
    }
    int[] w = Signals.densestWindow(newcomers.stream().map(ThreadPost::time).toList(), window);
    List<ThreadPost> burst = Signals.slice(newcomers, w[0], w[1]);
    if (burst.size() < MIN_NEWCOMERS) {
      return List.of();
    }
    Instant start = burst.get(0).time();
    Instant end = burst.get(burst.size() - 1).time();
    Instant baseFrom = start.minus(BASELINE);
    int baselinePosts = history.postsBetween(baseFrom, start);
    if (baselinePosts < MIN_BASELINE_POSTS) {
      return List.of();
    }
    int baselineNewcomers = history.newcomersBetween(baseFrom, start);
    double perDay = baselineNewcomers / (double) BASELINE.toDays();
    // The thread's other traffic in the burst: messages other than the newcomers' first posts.
    long messages = context.posts().stream()
        .filter(p -> !p.time().isBefore(start) && !p.time().isAfter(end) && !burst.contains(p)).count();
    double lambda = Math.max(0.25, Math.max(perDay * window.toMinutes() / (24.0 * 60),
        baselineNewcomers / (double) baselinePosts * messages));
    double surprise = Signals.poissonSurprise(burst.size(), lambda);
    double score = Signals.clamp((surprise - 1.5) / 3);
    if (score <= 0) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (ThreadPost p : burst) {
      evidence.add(Signals.evidence(p, Newcomers.note(p, history)));
    }
    String explanation = burst.size() + " first-time or rare posters, with " + messages + " other messages, within "
        + Signals.hours(window) + "; the list gets " + Signals.format(perDay) + " new posters a day, one per "
        + Signals.format(baselinePosts / (double) Math.max(1, baselineNewcomers)) + " posts (90-day baseline), so"
        + " about " + Signals.format(lambda) + " expected (1 in " + odds(surprise) + ")";
    return List.of(Signals.signal(KIND, score, start, end, evidence, explanation));
  }

  static String odds(double surprise) {
    return surprise >= 9 ? "more than a billion" : String.format(Locale.ROOT, "%,.0f", Math.pow(10, surprise));
  }
}
