package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import java.util.List;

/**
 * A live thread crossing the alert threshold, raised once per episode by {@link ThreadWatch}. Immutable.
 *
 * @param threadId the watch's id of the thread: the id of the first message seen in it
 * @param verdicts the {@code brigading} and/or {@code pile_on} signals at or above {@link
 *     ThreadAnalysis#ALERT_THRESHOLD}, strongest first, each with its evidence
 * @param report the full analysis of the thread when it crossed, all signals included
 */
public record ThreadAlert(String threadId, List<ThreadSignal> verdicts, ThreadReport report) {
  /** Validates and copies. */
  public ThreadAlert {
    requireNonNull(threadId, "threadId");
    verdicts = List.copyOf(verdicts);
    requireNonNull(report, "report");
    if (verdicts.isEmpty()) {
      throw new IllegalArgumentException("an alert has at least one verdict");
    }
  }

  /** A plain-text summary for moderators: the verdicts with their evidence, then the other signals' report. */
  public String text() {
    return ThreadReportText.format(report, verdicts) + "\nAll signals:\n" + ThreadReportText.format(report);
  }
}
