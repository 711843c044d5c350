package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Moderator;
import dev.comity.mail.bot.ImapBot.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bot against a real IMAP and SMTP server (GreenMail on loopback). */
class ImapBotTest {
  private static final Moderator MODERATOR = Moderator.builder().build();
  private static final String KEYWORD = "$ComityFlagged";
  /** Generous upper bounds for events that take milliseconds; a failing test waits this long, a passing one doesn't. */
  private static final long EVENT_TIMEOUT_SECONDS = 20;

  @TempDir Path dir;

  private MailServer server;
  private final MutableClock clock = new MutableClock();

  @BeforeEach
  void startServer() {
    server = new MailServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void onePassTagsAndMovesUncivilMessagesAndMailsADigestWithTheSpanInContext() throws Exception {
    server.deliver(Mails.civil("civil-1"));
    server.deliver(Mails.dismissive("dismissive-1"));
    server.deliver(Mails.insult("insult-1"));
    BotConfig config = server.config(dir, "bot.move-to = Review", "digest.batch-size = 2",
        "digest.archive-url = https://lore.example.org/dev/{message-id}/");

    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      assertThat(bot.pass()).isEqualTo(3);
    }

    assertThat(server.ids("INBOX")).containsExactly("<civil-1@lists.example.org>");
    assertThat(server.idsWith("INBOX", KEYWORD)).isEmpty();
    assertThat(server.idsWith("Review", KEYWORD))
        .containsExactly("<dismissive-1@lists.example.org>", "<insult-1@lists.example.org>");
    assertThat(server.digests()).hasSize(1);
    String digest = server.digests().get(0);
    assertThat(digest)
        .contains("Subject: [comity] 2 messages flagged in INBOX")
        .contains("Message-ID: <dismissive-1@lists.example.org>")
        .contains("Link:       mid:dismissive-1%40lists.example.org")
        .contains("Archive:    https://lore.example.org/dev/dismissive-1%40lists.example.org/")
        .contains("en/dismissive/problem-is-you")
        .contains("explained this three times now. [[Maybe the problem is you]], not the patch.")
        .contains("Only an [[idiot]] would break userspace over this.")
        .contains("tagged $ComityFlagged, moved to Review")
        .doesNotContain("civil-1");
    // The quoted question is someone else's text: it is shown in no finding.
    assertThat(digest).doesNotContain("[[Could");
  }

  @Test
  void withoutAMoveFolderFlaggedMessagesStayAndCarryTheKeywordAndCivilOnesAreUntouched() throws Exception {
    server.deliver(Mails.civil("civil-1"));
    server.deliver(Mails.insult("insult-1"));
    BotConfig config = server.config(dir, "digest.batch-size = 1");

    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      bot.pass();
      assertThat(bot.pass()).as("a second pass finds nothing new").isZero();
    }

    assertThat(server.ids("INBOX")).containsExactly("<civil-1@lists.example.org>", "<insult-1@lists.example.org>");
    assertThat(server.idsWith("INBOX", KEYWORD)).containsExactly("<insult-1@lists.example.org>");
    assertThat(server.folder("INBOX").getMessages().get(0).getFlags().getUserFlags()).isEmpty();
    assertThat(server.digests()).hasSize(1);
  }

  @Test
  void aPartialDigestWaitsForMaxDelay() throws Exception {
    server.deliver(Mails.insult("insult-1"));
    BotConfig config = server.config(dir, "digest.batch-size = 5", "digest.max-delay = 10m");

    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      bot.pass();
      assertThat(server.digests()).isEmpty();
      clock.advance(Duration.ofMinutes(9));
      bot.pass();
      assertThat(server.digests()).isEmpty();
      clock.advance(Duration.ofMinutes(1));
      bot.pass();
    }

    assertThat(server.digests()).singleElement().asString().contains("<insult-1@lists.example.org>");
  }

  /** Every stage once, and the riskiest one (keyword set, nothing recorded yet) with and without a move. */
  static Stream<Arguments> crashPoints() {
    return Stream.of(
        Arguments.of(Stage.QUEUED, true),
        Arguments.of(Stage.TAGGED, false),
        Arguments.of(Stage.TAGGED, true),
        Arguments.of(Stage.MOVED, true),
        Arguments.of(Stage.HANDLED, false));
  }

  /**
   * The bot dies right after {@code stage} of the second flagged message, as a killed process would: nothing after
   * that point runs (the thrown {@link Error} is caught by nobody in the bot). A new bot on the same store then handles
   * everything exactly once.
   */
  @ParameterizedTest(name = "crash after {0}, move={1}")
  @MethodSource("crashPoints")
  void aCrashMidBatchThenARestartHandlesEveryMessageExactlyOnce(Stage stage, boolean move) throws Exception {
    // civil, flagged, flagged, civil, flagged: the crash hits the second flagged message, with mail after it.
    List<String> civil = List.of("<civil-1@lists.example.org>", "<civil-2@lists.example.org>");
    List<String> flagged =
        List.of("<dismissive-1@lists.example.org>", "<insult-1@lists.example.org>", "<insult-2@lists.example.org>");
    server.deliver(Mails.civil("civil-1"));
    server.deliver(Mails.dismissive("dismissive-1"));
    server.deliver(Mails.insult("insult-1"));
    server.deliver(Mails.civil("civil-2"));
    server.deliver(Mails.insult("insult-2"));
    String[] extra =
        move
            ? new String[] {"bot.move-to = Review", "digest.max-delay = 1m", "digest.batch-size = 100"}
            : new String[] {"digest.max-delay = 1m", "digest.batch-size = 100"};
    BotConfig config = server.config(dir, extra);

    AtomicInteger reached = new AtomicInteger();
    ImapBot.Checkpoint crash =
        (s, uid) -> {
          if (s == stage && reached.incrementAndGet() == 2) {
            throw new Crash();
          }
        };
    ImapBot first = new ImapBot(config, MODERATOR, crash, clock);
    assertThatThrownBy(first::pass).isInstanceOf(Crash.class);
    // Releases the socket and the file handle only: every store write so far was already committed.
    first.close();

    clock.advance(Duration.ofMinutes(2));
    List<Long> handled = new ArrayList<>();
    try (ImapBot second =
        new ImapBot(config, MODERATOR, (s, uid) -> { if (s == Stage.HANDLED) handled.add(uid); }, clock)) {
      second.pass();
      assertThat(second.pass()).as("nothing left unprocessed").isZero();
    }

    assertThat(handled).as("the restart resumes at the message the crash interrupted, or just after it")
        .isNotEmpty()
        .doesNotHaveDuplicates();
    String flaggedFolder = move ? "Review" : "INBOX";
    assertThat(server.idsWith(flaggedFolder, KEYWORD)).containsExactlyInAnyOrderElementsOf(flagged);
    assertThat(server.ids(flaggedFolder)).doesNotHaveDuplicates();
    if (move) {
      assertThat(server.ids("INBOX")).containsExactlyElementsOf(civil);
      assertThat(server.ids("Review")).hasSize(flagged.size());
    } else {
      assertThat(server.ids("INBOX")).hasSize(civil.size() + flagged.size());
    }
    assertThat(server.digests()).hasSize(1);
    String digest = server.digests().get(0);
    for (String id : flagged) {
      assertThat(count(digest, "Message-ID: " + id)).as("digest entries for %s", id).isEqualTo(1);
    }
    for (String id : civil) {
      assertThat(digest).doesNotContain(id);
    }
  }

  @Test
  void aChangedUidValidityRescansTheFolderWithoutFlaggingAMessageTwice() throws Exception {
    server.deliver(Mails.insult("insult-1"));
    server.deliver(Mails.civil("civil-1"));
    BotConfig config = server.config(dir, "digest.batch-size = 1");
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      bot.pass();
    }
    // What a server does after its mailbox is rebuilt: same messages, a new UIDVALIDITY, so old UIDs mean nothing.
    try (ProgressStore store = ProgressStore.open(config.storeFile())) {
      ProgressStore.Progress before = store.progress("INBOX").orElseThrow();
      store.start("INBOX", before.uidValidity() - 1, before.lastUid());
    }
    server.deliver(Mails.dismissive("dismissive-1"));

    List<LogRecord> warnings = new ArrayList<>();
    Logger log = Logger.getLogger(ImapBot.class.getName());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(capture);
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      assertThat(bot.pass()).as("every message is looked at again").isEqualTo(3);
    } finally {
      log.removeHandler(capture);
    }

    assertThat(warnings).singleElement().satisfies(r -> assertThat(r.getMessage()).contains("UIDVALIDITY"));
    assertThat(server.idsWith("INBOX", KEYWORD))
        .containsExactly("<insult-1@lists.example.org>", "<dismissive-1@lists.example.org>");
    String all = String.join("\n", server.digests());
    assertThat(count(all, "Message-ID: <insult-1@lists.example.org>")).isEqualTo(1);
    assertThat(count(all, "Message-ID: <dismissive-1@lists.example.org>")).isEqualTo(1);
  }

  @Test
  void aMessageOverTheSizeLimitIsFlaggedForAPersonInsteadOfScored() throws Exception {
    server.deliver(Mails.civil("big-1"));
    BotConfig config = server.config(dir, "bot.max-message-bytes = 200", "digest.batch-size = 1");

    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      bot.pass();
    }

    assertThat(server.idsWith("INBOX", KEYWORD)).containsExactly("<big-1@lists.example.org>");
    assertThat(server.digests()).singleElement().asString()
        .contains("Message-ID: <big-1@lists.example.org>")
        .contains("Not scored: the message is larger than 200 bytes (bot.max-message-bytes)");
  }

  @Test
  void theFirstRunSkipsTheBacklogUnlessAskedTo() throws Exception {
    server.deliver(Mails.insult("old-insult"));
    BotConfig config = server.config(dir, "bot.backlog = skip", "digest.batch-size = 1");
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      assertThat(bot.pass()).isZero();
      server.deliver(Mails.insult("new-insult"));
      assertThat(bot.pass()).isEqualTo(1);
    }
    assertThat(server.idsWith("INBOX", KEYWORD)).containsExactly("<new-insult@lists.example.org>");
  }

  @Test
  void runWakesFromIdleForNewMailAndStopsGracefullyAfterTheCurrentMessage() throws Exception {
    BotConfig config = server.config(dir, "digest.batch-size = 1");
    assertWatchesAndStops(config);
  }

  @Test
  void withoutIdleRunPollsForNewMail() throws Exception {
    BotConfig config = server.config(dir, "imap.idle = false", "imap.poll-interval = 1s", "digest.batch-size = 1");
    assertWatchesAndStops(config);
  }

  /** Starts {@code bot.run()} on its own thread, closing the bot when it returns; what it throws goes to failures. */
  private static Thread runInBackground(ImapBot bot, List<Throwable> failures) {
    Thread runner = new Thread(() -> {
      try (bot) {
        bot.run();
      } catch (Throwable t) {
        failures.add(t);
      }
    });
    runner.start();
    return runner;
  }

  private void assertWatchesAndStops(BotConfig config) throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    ImapBot bot =
        new ImapBot(config, MODERATOR, (s, uid) -> {
          if (s == Stage.HANDLED) {
            (first.getCount() > 0 ? first : second).countDown();
          }
        }, clock);
    List<Throwable> failures = new ArrayList<>();
    Thread runner = runInBackground(bot, failures);
    try {
      server.deliver(Mails.insult("insult-1"));
      assertThat(first.await(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("first message handled").isTrue();
      server.deliver(Mails.dismissive("dismissive-1"));
      assertThat(second.await(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("second message handled").isTrue();
    } finally {
      bot.stop();
      runner.join(TimeUnit.SECONDS.toMillis(EVENT_TIMEOUT_SECONDS));
    }
    assertThat(runner.isAlive()).as("run() returned after stop()").isFalse();
    assertThat(failures).isEmpty();
    assertThat(server.idsWith("INBOX", KEYWORD))
        .containsExactly("<insult-1@lists.example.org>", "<dismissive-1@lists.example.org>");
  }

  @Test
  void runReconnectsWhenTheServerGoesAwayAndComesBack() throws Exception {
    BotConfig config = server.config(dir, "digest.batch-size = 1");
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch afterRestart = new CountDownLatch(1);
    ImapBot bot =
        new ImapBot(config, MODERATOR, (s, uid) -> {
          // TAGGED, not HANDLED: the civil filler is handled too, but only flagged messages are tagged.
          if (s == Stage.TAGGED) {
            (first.getCount() > 0 ? first : afterRestart).countDown();
          }
        }, clock);
    List<Throwable> failures = new ArrayList<>();
    Thread runner = runInBackground(bot, failures);
    try {
      server.deliver(Mails.insult("before-outage"));
      assertThat(first.await(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("handled before the outage").isTrue();
      int smtp = server.greenMail.getSmtp().getPort();
      int imap = server.greenMail.getImap().getPort();
      server.close();
      // A new, empty server on the same ports, as after a restart of the mail host. GreenMail takes UIDVALIDITY from
      // the clock's second, so it may or may not change; a civil message first puts the flagged one above the
      // recorded UID either way.
      server = new MailServer(smtp, imap);
      server.deliver(Mails.civil("filler-1"));
      server.deliver(Mails.dismissive("after-outage"));
      assertThat(afterRestart.await(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("handled after reconnecting").isTrue();
    } finally {
      bot.stop();
      runner.join(TimeUnit.SECONDS.toMillis(EVENT_TIMEOUT_SECONDS));
    }
    assertThat(failures).isEmpty();
    assertThat(server.idsWith("INBOX", KEYWORD)).containsExactly("<after-outage@lists.example.org>");
  }

  @Test
  void stopDuringABatchFinishesTheCurrentMessageAndTheNextRunTakesTheRest() throws Exception {
    for (int i = 1; i <= 3; i++) {
      server.deliver(Mails.insult("insult-" + i));
    }
    BotConfig config = server.config(dir, "digest.batch-size = 10", "digest.max-delay = 1m");
    List<Long> handled = new ArrayList<>();
    ImapBot[] self = new ImapBot[1];
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, uid) -> {
      if (s == Stage.QUEUED) {
        self[0].stop(); // SIGTERM arriving while the first message is being handled
      } else if (s == Stage.HANDLED) {
        handled.add(uid);
      }
    }, clock)) {
      self[0] = bot;
      bot.run();
    }
    assertThat(handled).hasSize(1);
    assertThat(server.idsWith("INBOX", KEYWORD)).containsExactly("<insult-1@lists.example.org>");

    clock.advance(Duration.ofMinutes(2));
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      assertThat(bot.pass()).isEqualTo(2);
    }
    assertThat(server.idsWith("INBOX", KEYWORD)).hasSize(3);
    assertThat(server.digests()).singleElement().satisfies(d -> {
      for (int i = 1; i <= 3; i++) {
        assertThat(count(d, "Message-ID: <insult-" + i + "@lists.example.org>")).isEqualTo(1);
      }
    });
  }

  @Test
  void aWrongPasswordFailsTheFirstConnectionInsteadOfRetryingForever() throws Exception {
    BotConfig good = server.config(dir);
    BotConfig config =
        new BotConfig(
            new BotConfig.Server(good.imap().host(), good.imap().port(), BotConfig.Security.NONE,
                good.imap().user(), java.util.Optional.of(new Secret("wrong password"))),
            good.folder(), good.idle(), good.pollInterval(), good.verdict(), good.keyword(), good.moveTo(),
            good.backlog(), good.storeFile(), good.maxMessageBytes(), good.digest(), good.threadAlerts());
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, clock)) {
      assertThatThrownBy(bot::run)
          .isInstanceOf(jakarta.mail.AuthenticationFailedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong password"));
    }
  }

  private static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Stands for the process being killed: an Error, which the bot does not catch. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T06:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
