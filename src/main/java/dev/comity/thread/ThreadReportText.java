package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Span;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import java.util.List;
import java.util.Locale;

/**
 * Thread reports as plain text for moderators: the thread, then each signal with its score, severity, window,
 * explanation and evidence (message id, author, note, spans as UTF-16 start-end offsets). Used by the {@code thread}
 * command and by alerts mailed to moderators. Stateless and thread-safe.
 */
public final class ThreadReportText {
  private ThreadReportText() {}

  /** The whole report, one line per signal, explanation and evidence message; ends with a newline. */
  public static String format(ThreadReport report) {
    return format(report, report.signals());
  }

  /** The report's header and only {@code signals}; ends with a newline. */
  public static String format(ThreadReport report, List<ThreadSignal> signals) {
    StringBuilder w = new StringBuilder();
    w.append("thread ").append(report.threadId()).append(" \"").append(report.subject()).append("\" (")
        .append(report.messages()).append(report.messages() == 1 ? " message)\n" : " messages)\n");
    for (ThreadSignal s : signals) {
      w.append("  ").append(s.kind()).append(' ').append(String.format(Locale.ROOT, "%.2f", s.score())).append(' ')
          .append(s.severity().id()).append("  ").append(s.start()).append(" .. ").append(s.end()).append('\n');
      w.append("    ").append(s.explanation()).append('\n');
      for (Evidence e : s.evidence()) {
        w.append("    - ").append(e.messageId());
        if (!e.author().isEmpty()) {
          w.append(" from ").append(e.author());
        }
        w.append(": ").append(e.note());
        if (!e.spans().isEmpty()) {
          w.append(" [");
          for (int i = 0; i < e.spans().size(); i++) {
            Span span = e.spans().get(i);
            w.append(i == 0 ? "" : ", ").append(span.start()).append('-').append(span.end());
          }
          w.append(']');
        }
        w.append('\n');
      }
    }
    for (String failure : report.failures()) {
      w.append("  analyzer failed: ").append(failure).append('\n');
    }
    return w.toString();
  }
}
