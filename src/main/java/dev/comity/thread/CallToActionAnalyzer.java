package dev.comity.thread;

import dev.comity.api.Category;
import dev.comity.api.Evidence;
import dev.comity.api.Finding;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code call_to_action}: the message scorers' {@link Category#CALL_TO_ACTION} findings across the thread ("everyone
 * go +1 this", "let's make some noise on Twitter"). Score = clamp(sum of finding weights / 1.5): one high-severity,
 * sure finding gives 0.6; two from anyone reach 1.
 */
final class CallToActionAnalyzer implements ThreadAnalyzer {
  static final String KIND = "call_to_action";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    double sum = 0;
    List<Evidence> evidence = new ArrayList<>();
    Set<String> authors = new HashSet<>();
    Instant start = null;
    Instant end = null;
    for (ThreadPost p : context.posts()) {
      List<Finding> findings = p.report().findings(Category.CALL_TO_ACTION);
      if (findings.isEmpty()) {
        continue;
      }
      findings.forEach(f -> authors.add(p.authorKey()));
      sum += findings.stream().mapToDouble(Finding::weight).sum();
      evidence.add(Signals.evidence(p, findings.stream().map(Finding::span).toList(), findings.get(0).message()));
      start = start == null ? p.time() : start;
      end = p.time();
    }
    if (evidence.isEmpty()) {
      return List.of();
    }
    String explanation = "calls to action in " + evidence.size() + (evidence.size() == 1 ? " message" : " messages")
        + " by " + authors.size() + (authors.size() == 1 ? " author" : " authors");
    return List.of(Signals.signal(KIND, sum / 1.5, start, end, evidence, explanation));
  }
}
