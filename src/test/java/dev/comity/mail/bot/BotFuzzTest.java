package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.MailParser;
import dev.comity.mail.MboxReader;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.ParticipantStore;
import dev.comity.thread.ThreadAlert;
import dev.comity.thread.ThreadWatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage-guided fuzz target for what the IMAP bot does with the mail it fetches, short of the server (which
 * {@code ImapBotTest} covers): parse, score, render the digest entry, and feed the thread watch, whose alerts are
 * rendered too. Under surefire it replays the committed corpus in {@code BotFuzzTestInputs/handleMailbox/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (README "Fuzzing").
 */
class BotFuzzTest {
  private static final Moderator MODERATOR = Moderator.builder().build();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);
  private static final AuthorKeys KEYS = AuthorKeys.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  /** Messages handled per input: enough for a thread to build up, few enough to keep executions fast. */
  private static final int MAX_MESSAGES = 24;

  /**
   * Any bytes, split as an mbox into the messages of one mailbox and handled in order as the bot does: nothing throws,
   * and no message content can shape the moderators' mail. Every line of a digest entry or a thread alert is one clean
   * line (no control, format or bidi character survives), a digest entry has no unindented line but its first, each
   * finding's span is shown between {@code [[ ]]}, and an alert's subject is a single line.
   */
  @FuzzTest
  void handleMailbox(byte[] data) throws IOException {
    ThreadWatch watch = ThreadWatch.create(ParticipantStore.inMemory(), KEYS, CLOCK);
    Map<String, Message> seen = new HashMap<>();
    try (MboxReader reader = new MboxReader(new ByteArrayInputStream(data))) {
      int handled = 0;
      for (MboxReader.RawMessage raw = reader.next(); raw != null && handled < MAX_MESSAGES; raw = reader.next()) {
        handled++;
        Message message = MailParser.parse(raw.bytes());
        message.id().ifPresent(id -> seen.putIfAbsent(id, message));
        Report report = MODERATOR.check(message);
        assertThat(report.failures()).isEmpty();
        String entry = DigestEntry.scored(message, report, "tagged $ComityFlagged, moved to Review",
            Optional.of("https://lists.example.org/archive/{message-id}"));
        assertDigestEntry(entry, Math.min(report.findings().size(), DigestEntry.MAX_FINDINGS));
        assertDigestEntry(DigestEntry.unscored(message, "the message is larger than 10 bytes", "tagged",
            Optional.empty()), 0);
        Optional<ThreadAlert> alert = watch.add(message, report);
        if (alert.isPresent()) {
          assertThat(ThreadAlertMail.subject(alert.get(), "INBOX")).doesNotContain("\n", "\r");
          assertCleanLines(ThreadAlertMail.body(alert.get(), "INBOX", "imap.example.org",
              id -> Optional.ofNullable(seen.get(id))));
        }
      }
    } catch (IOException e) {
      // Only gzip input can fail to read (a corrupt or truncated stream); plain bytes always split.
      assertThat(data.length >= 2 && (data[0] & 0xFF) == 0x1f && (data[1] & 0xFF) == 0x8b).as("%s", e).isTrue();
    }
  }

  private static void assertDigestEntry(String entry, int findings) {
    assertCleanLines(entry);
    String[] lines = entry.split("\n", -1);
    assertThat(lines[0]).startsWith("* ");
    for (int i = 1; i < lines.length - 1; i++) {
      assertThat(lines[i]).as("line %d of%n%s", i, entry).startsWith("  ");
    }
    assertThat(entry.lines().filter(l -> l.startsWith("      ") && l.contains("[[") && l.contains("]]")).count())
        .isEqualTo(findings);
  }

  /** No line holds a character that breaks a line, or hides or reorders text: all such became U+FFFD or a space. */
  private static void assertCleanLines(String text) {
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n", -1)) {
      line.codePoints().forEach(cp -> {
        int type = Character.getType(cp);
        assertThat(type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
            && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
            && type != Character.UNASSIGNED && type != Character.PRIVATE_USE)
            .as("U+%04X in line: %s", cp, line).isTrue();
      });
    }
  }
}
