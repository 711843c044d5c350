package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Finding;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code escalation}: the thread's tone getting worse. Tone of a message = its report score (the highest category
 * score, 0 for a civil message). With at least {@link #MIN_POSTS} messages, compares the mean tone of the last third
 * with the first third. Score = clamp(2 x (late - early)): from civil to a mean of 0.5 gives 1.
 */
final class EscalationAnalyzer implements ThreadAnalyzer {
  static final String KIND = "escalation";
  static final int MIN_POSTS = 6;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    List<ThreadPost> posts = context.posts();
    if (posts.size() < MIN_POSTS) {
      return List.of();
    }
    int third = posts.size() / 3;
    double early = meanTone(posts.subList(0, third));
    List<ThreadPost> late = posts.subList(posts.size() - third, posts.size());
    double rise = meanTone(late) - early;
    if (rise <= 0) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (ThreadPost p : late) {
      if (p.report().score() > 0) {
        evidence.add(Signals.evidence(p, p.report().findings().stream().map(Finding::span).toList(),
            "tone " + Signals.format(p.report().score())));
      }
    }
    String explanation = "mean tone rose from " + Signals.format(early) + " in the first " + third
        + " messages to " + Signals.format(meanTone(late)) + " in the last " + third;
    return List.of(Signals.signal(KIND, 2 * rise, late.get(0).time(), late.get(late.size() - 1).time(), evidence,
        explanation));
  }

  private static double meanTone(List<ThreadPost> posts) {
    return posts.stream().mapToDouble(p -> p.report().score()).average().orElse(0);
  }
}
