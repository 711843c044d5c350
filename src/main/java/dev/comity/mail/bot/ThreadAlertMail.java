package dev.comity.mail.bot;

import dev.comity.api.Evidence;
import dev.comity.api.Message;
import dev.comity.api.Span;
import dev.comity.api.ThreadSignal;
import dev.comity.thread.ThreadAlert;
import dev.comity.thread.ThreadReportText;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a thread alert for the moderators: the verdicts with their evidence (Message-IDs, authors as the list shows
 * them, window, explanation), each evidence span in its message's words ({@code ...[[span]]...}), then every signal of
 * the thread. Plain text; every line goes through {@link DigestEntry#clean} so that message-supplied names and
 * subjects can neither hide nor disguise anything. Stateless.
 */
final class ThreadAlertMail {
  private ThreadAlertMail() {}

  /** E.g. {@code [comity] brigading in "dropping the legacy parser" (INBOX)}. */
  static String subject(ThreadAlert alert, String folder) {
    String kinds = alert.verdicts().stream().map(ThreadSignal::kind).distinct().collect(Collectors.joining(" and "));
    String subject = alert.report().subject().isEmpty() ? alert.report().threadId() : alert.report().subject();
    return "[comity] " + kinds + " in \"" + DigestEntry.clean(subject) + "\" (" + folder + ")";
  }

  /**
   * The alert's text.
   *
   * @param messages finds a message of the thread by Message-ID, to show evidence spans in their text
   */
  static String body(ThreadAlert alert, String folder, String imapHost, Function<String, Optional<Message>> messages) {
    StringBuilder out = new StringBuilder();
    out.append("Comity sees a thread in ").append(folder).append(" on ").append(imapHost)
        .append(" cross the alert threshold.\n")
        .append("This is raised once per episode (until the thread has been quiet for 72 hours). The signals are\n")
        .append("evidence for a moderator's decision, not a verdict; spans are UTF-16 offsets into the decoded body.\n\n");
    lines(out, ThreadReportText.format(alert.report(), alert.verdicts()));
    Set<String> shown = new LinkedHashSet<>();
    StringBuilder spans = new StringBuilder();
    for (ThreadSignal signal : alert.verdicts()) {
      for (Evidence e : signal.evidence()) {
        if (e.spans().isEmpty() || !shown.add(e.messageId())) {
          continue;
        }
        Optional<Message> message = messages.apply(e.messageId());
        if (message.isEmpty()) {
          continue;
        }
        spans.append("  ").append(DigestEntry.clean(e.messageId()));
        if (!e.author().isEmpty()) {
          spans.append(" from ").append(DigestEntry.clean(e.author()));
        }
        spans.append('\n');
        String text = message.get().text();
        for (Span span : e.spans()) {
          spans.append("      ").append(DigestEntry.inContext(text, span.start(), span.end())).append('\n');
        }
      }
    }
    if (spans.length() > 0) {
      out.append("\nEvidence in context:\n").append(spans);
    }
    out.append("\nAll signals:\n");
    lines(out, ThreadReportText.format(alert.report()));
    return out.toString();
  }

  /** Appends {@code text} line by line, each cleaned and with its indentation kept. */
  private static void lines(StringBuilder out, String text) {
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      out.append(line, 0, indent).append(DigestEntry.clean(line.substring(indent))).append('\n');
    }
  }
}
