package dev.comity.mail.bot;

import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Report;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders one flagged message for the moderators' digest: subject, author, Message-ID with links, verdict, what the
 * bot did, and every finding with its span shown in context ({@code ...a few words [[the span]] a few words...}).
 * Plain text; control, bidi and zero-width characters in message text are shown as U+FFFD so that they can neither
 * hide nor disguise what was written. Stateless.
 */
final class DigestEntry {
  /** Characters of context shown on each side of a span, widened to whole words. */
  static final int CONTEXT = 40;
  /** Findings listed per message; the rest are counted. */
  static final int MAX_FINDINGS = 10;
  /** A longer span is cut in the digest (the report keeps it whole). */
  private static final int MAX_SPAN = 200;
  private static final char ELLIPSIS = '\u2026';

  private DigestEntry() {}

  /**
   * The entry for a scored message.
   *
   * @param actions what the bot did, e.g. {@code tagged $ComityFlagged, moved to Review}
   * @param archiveUrl a link template with {@code {message-id}}, if any
   */
  static String scored(Message message, Report report, String actions, Optional<String> archiveUrl) {
    StringBuilder out = head(message, archiveUrl);
    out.append("  Verdict:    ").append(report.verdict().id()).append(" (score ")
        .append(String.format(Locale.ROOT, "%.3f", report.score())).append("); ").append(actions)
        .append('\n');
    String text = message.text();
    List<Finding> findings = report.findings();
    for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_FINDINGS))) {
      out.append("  - ").append(lineColumn(text, f.span().start())).append("  ").append(f.severity().id())
          .append("  ").append(f.category().id()).append('/').append(f.target().id()).append("  ")
          .append(f.rule()).append(": ").append(f.message()).append('\n');
      out.append("      ").append(inContext(text, f.span().start(), f.span().end())).append('\n');
    }
    if (findings.size() > MAX_FINDINGS) {
      out.append("  - and ").append(findings.size() - MAX_FINDINGS).append(" more findings\n");
    }
    if (report.truncated()) {
      out.append("  (the message is over a reading or scoring limit: part of it was not scored)\n");
    }
    return out.toString();
  }

  /** The entry for a message the bot could not score, so that a person looks at it instead. */
  static String unscored(Message message, String reason, String actions, Optional<String> archiveUrl) {
    return head(message, archiveUrl)
        .append("  Not scored: ").append(reason).append("; ").append(actions).append('\n')
        .toString();
  }

  private static StringBuilder head(Message message, Optional<String> archiveUrl) {
    StringBuilder out = new StringBuilder();
    List<String> subjects = message.header("Subject");
    out.append("* ").append(clean(subjects.isEmpty() ? "(no subject)" : subjects.get(0))).append('\n');
    message.author().ifPresent(a -> out.append("  From:       ").append(clean(a)).append('\n'));
    if (message.id().isPresent()) {
      String id = message.id().get();
      String bare = id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
      out.append("  Message-ID: ").append(clean(id)).append('\n');
      // RFC 2392 mid: URLs open the message in mail clients that support them.
      out.append("  Link:       mid:").append(encode(bare)).append('\n');
      archiveUrl.ifPresent(
          u -> out.append("  Archive:    ").append(u.replace("{message-id}", encode(bare))).append('\n'));
    } else {
      out.append("  Message-ID: (none)\n");
    }
    return out;
  }

  /** {@code line:col} of {@code offset}, both 1-based, columns in code points. */
  static String lineColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (text.codePointCount(lineStart, end) + 1);
  }

  /**
   * {@code [start, end)} of {@code text} with up to {@link #CONTEXT} characters around it, cut at word boundaries,
   * the span between {@code [[} and {@code ]]}, line breaks and runs of white space shown as one space.
   */
  static String inContext(String text, int start, int end) {
    start = Math.min(start, text.length());
    end = Math.min(Math.max(end, start), text.length());
    int from = Math.max(0, start - CONTEXT);
    if (from > 0) {
      // Start at a word: skip the partial word the cut landed in.
      while (from < start && !Character.isWhitespace(text.charAt(from - 1))) {
        from++;
      }
    }
    int to = Math.min(text.length(), end + CONTEXT);
    if (to < text.length()) {
      while (to > end && !Character.isWhitespace(text.charAt(to))) {
        to--;
      }
    }
    from = pairStart(text, from);
    to = pairStart(text, to);
    String span = text.substring(start, end);
    if (span.length() > MAX_SPAN) {
      span = span.substring(0, pairStart(span, MAX_SPAN)) + ELLIPSIS;
    }
    return (from > 0 ? String.valueOf(ELLIPSIS) : "")
        + clean(text.substring(from, start)).stripLeading()
        + "[[" + clean(span) + "]]"
        + clean(text.substring(end, to)).stripTrailing()
        + (to < text.length() ? String.valueOf(ELLIPSIS) : "");
  }

  /** Moves an index off the second half of a surrogate pair, so a cut never splits a character. */
  private static int pairStart(String s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))
        ? i - 1
        : i;
  }

  /** One line of text: white space runs become one space; control, format and lone surrogate characters U+FFFD. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
