package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.ParticipantStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread alerts from the bot against GreenMail: a thread modelled on a social-media pile-on (a maintainer's decision
 * linked from Reddit, first-time posters within hours, a shared script, all aimed at her) on a list whose regulars are
 * in the participant history.
 */
class ThreadAlertTest {
  private static final Moderator MODERATOR = Moderator.builder().build();
  /** The thread starts two days before the bot's clock. */
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);
  private static final List<String> REGULARS = List.of(
      "Maria Lindqvist <maria@lists.example>", "Tomas Novak <tomas@uni.example>", "Priya Raman <priya@corp.example>",
      "Ben Okafor <ben@stats.example>", "Ilse Weber <ilse@lab.example>", "Kenji Sato <kenji@dev.example>");
  private static final String ROOT = "<root@lists.example>";
  private static final String LINK = "https://www.reddit.com/r/rstats/comments/1k2j3h/core_dev_kills_legacy_parser/";
  private static final String SCRIPT = "Maria, dropping the legacy parser breaks every script our team has written"
      + " over ten years. You did not ask a single user before deciding this behind closed doors. Revert it.";

  @TempDir Path dir;

  private MailServer server;
  private BotConfig config;

  @BeforeEach
  void startServerAndSeedHistory() throws IOException {
    server = new MailServer();
    // Digests wait for 100 entries, so every mail the moderators get here is a thread alert.
    config = server.config(dir, "digest.batch-size = 100", "digest.max-delay = 24h");
    BotConfig.ThreadAlerts alerts = config.threadAlerts().orElseThrow();
    AuthorKeys keys = AuthorKeys.loadOrCreate(alerts.keyFile());
    // What `comity thread --history-db` leaves from the list's archive: the regulars posting every third day for
    // three months, and a one-off visitor a week.
    try (ParticipantStore history = ParticipantStore.sqlite(alerts.history())) {
      for (int day = 1; day <= 90; day++) {
        Instant at = T0.minus(Duration.ofDays(day));
        if (day % 7 == 0) {
          history.record(keys.key("visitor" + day + "@elsewhere.example"), "<visit." + day + "@elsewhere.example>", at);
        }
        for (int r = 0; r < REGULARS.size(); r++) {
          if ((day + r) % 3 == 0) {
            history.record(keys.key(REGULARS.get(r)), "<old." + day + "." + r + "@lists.example>", at.plusSeconds(r));
          }
        }
      }
    }
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aPileOnAlertsTheModeratorsOnceWithItsEvidenceEvenAcrossARestart() throws Exception {
    pileOnStart();
    newcomers(0, 5, Duration.ofHours(21));

    List<String> logged = new ArrayList<>();
    Handler capture = capture(logged);
    Logger log = Logger.getLogger(ImapBot.class.getName());
    log.addHandler(capture);
    try {
      try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, CLOCK)) {
        bot.pass();
        assertThat(alerts()).as("the pile-on crossed the threshold").hasSize(1);
        post("<n6@mail.example>", "Quinn Marsh <quinn@post.example>", Duration.ofHours(25), ROOT, "Everyone who"
            + " relies on the old parser should reply to this thread so they cannot ignore us.");
        bot.pass();
        assertThat(alerts()).as("more messages in the same episode").hasSize(1);
      }
      // The bot restarts mid-thread: its watch starts empty, sees a second wave cross the threshold on its own,
      // and the store recognises the episode.
      newcomers(5, 6, Duration.ofHours(26));
      try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, CLOCK)) {
        bot.pass();
      }
    } finally {
      log.removeHandler(capture);
    }

    assertThat(logged).filteredOn(l -> l.contains("within an episode already alerted")).hasSize(1);
    assertThat(logged).as("no message text in the log").noneMatch(l -> l.contains("Maria,") || l.contains("legacy"));
    List<String> alerts = alerts();
    assertThat(alerts).hasSize(1);
    String alert = alerts.get(0);
    assertThat(alert)
        .contains("Subject: [comity] brigading")
        .contains("in \"dropping the legacy parser in 4.2\" (INBOX)")
        .contains("Message-ID: <comity-alert.")
        .contains("thread <root@lists.example>")
        .contains("<n0@mail.example> from Alex Hale <alex.hale@mail.example>: first post on the list")
        .contains("<dup0@mail.example> from Jordan Keller")
        .contains("newcomer_burst", "near_duplicates", "external_mobilization")
        .contains("2026-11-21T04:00:00Z .. ")
        .contains("Evidence in context:")
        .contains("Saw this on [[" + LINK + "]] and had to say something.");
    assertThat(alert.substring(0, alert.indexOf("All signals:")))
        .as("the verdict's evidence leaves out the regular's civil reply")
        .doesNotContain("<r1@uni.example>");
  }

  @Test
  void aRestartRebuildsOpenThreadsFromRecentMailSoThatABrigadeAcrossItStillAlerts() throws Exception {
    pileOnStart();
    newcomers(0, 1, Duration.ofHours(21));
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, CLOCK)) {
      bot.pass();
    }
    assertThat(alerts()).as("two newcomers are not yet a brigade").isEmpty();

    // After the restart only two more arrive: alone they are no brigade either, with the replayed ones they are.
    newcomers(1, 2, Duration.ofHours(22));
    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, CLOCK)) {
      bot.pass();
    }

    assertThat(alerts()).singleElement().asString()
        .contains("Subject: [comity] brigading")
        .contains("<n0@mail.example> from Alex Hale", "<dup2@mail.example> from Casey Varga");
  }

  @Test
  void aHeatedArgumentAmongRegularsRaisesNoAlert() throws Exception {
    post(ROOT, REGULARS.get(0), Duration.ZERO, null, "We decided to drop the legacy parser in 4.2; the migration note"
        + " is in NEWS.");
    String[] replies = {
      "I strongly disagree. The legacy parser is the only one that handles the old continuation lines.",
      "That is simply not true, the new parser has handled continuation lines since 4.0. Did you run the tests?",
      "Of course I ran the tests. This is getting frustrating: the failures are in the continuation cases.",
      "Nobody read that announcement, it was buried in NEWS. This is a ridiculous way to run a release.",
      "Fine. But I still think removing it in 4.2 is premature and I will say so at the meeting."
    };
    for (int i = 0; i < replies.length; i++) {
      post("<a" + i + "@x.example>", REGULARS.get(1 + i % 3), Duration.ofHours(3L + 4L * i),
          i == 0 ? ROOT : "<a" + (i - 1) + "@x.example>", replies[i]);
    }

    try (ImapBot bot = new ImapBot(config, MODERATOR, (s, u) -> {}, CLOCK)) {
      assertThat(bot.pass()).isEqualTo(replies.length + 1);
    }

    assertThat(alerts()).isEmpty();
  }

  /** Maria's decision, a regular's civil reply, and a first-time poster who came from Reddit. */
  private void pileOnStart() {
    post(ROOT, REGULARS.get(0), Duration.ZERO, null, "After the discussion at the last release meeting we decided to"
        + " drop the legacy parser in 4.2. It has had no maintainer for three years and the new parser covers every"
        + " documented case. A migration note is in NEWS.");
    post("<r1@uni.example>", REGULARS.get(1), Duration.ofHours(2), ROOT,
        "Thanks Maria. The NEWS entry could mention the new parser's strict mode, otherwise fine with me.");
    post("<n0@mail.example>", "Alex Hale <alex.hale@mail.example>", Duration.ofHours(20), ROOT, "Saw this on " + LINK
        + " and had to say something. Maria, this decision is a joke and you are clearly out of touch with the"
        + " people who actually use this.");
  }

  /** {@code count} first-time posters sending the script, 40 minutes apart from {@code start}. */
  private void newcomers(int from, int count, Duration start) {
    String[] names = {"Jordan Keller", "Sam Moreau", "Casey Varga", "Robin Zhou", "Drew Jansen", "Kai Ibsen",
        "Noel Petrov", "Ash Lund", "Mika Ortiz", "Rene Dubois", "Lou Berg"};
    String[] greetings = {"", "Hi,\n\n", "Hello all,\n\n"};
    for (int i = from; i < from + count; i++) {
      String address = names[i].replace(' ', '.').toLowerCase(java.util.Locale.ROOT) + "@mail.example";
      post("<dup" + i + "@mail.example>", names[i] + " <" + address + ">",
          start.plus(Duration.ofMinutes(40L * (i - from))), ROOT, greetings[i % 3] + SCRIPT);
    }
  }

  private void post(String id, String author, Duration after, String parent, String body) {
    StringBuilder raw = new StringBuilder()
        .append("From: ").append(author).append('\n')
        .append("To: dev@lists.example.org\n")
        .append("Subject: ").append(parent == null ? "" : "Re: ").append("Dropping the legacy parser in 4.2\n")
        .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plus(after).atZone(ZoneOffset.UTC)))
        .append('\n')
        .append("Message-ID: ").append(id).append('\n');
    if (parent != null) {
      raw.append("In-Reply-To: ").append(parent).append('\n')
          .append("References: ").append(ROOT.equals(parent) ? ROOT : ROOT + " " + parent).append('\n');
    }
    raw.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n").append(body).append('\n');
    server.deliver(raw.toString());
  }

  /** The thread alerts the moderators received (digests say "flagged in"). */
  private List<String> alerts() {
    return server.digests().stream().filter(m -> !m.contains(" flagged in ")).toList();
  }

  private static Handler capture(List<String> lines) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        Object[] params = record.getParameters();
        lines.add(params == null ? record.getMessage()
            : java.text.MessageFormat.format(record.getMessage(), params));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
