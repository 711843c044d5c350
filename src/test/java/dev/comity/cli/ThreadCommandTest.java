package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCommandTest {
  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
  private static final DateTimeFormatter FROM_LINE =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String[] REGULARS = {"maria at lists.example", "tomas at uni.example", "priya at corp.example"};
  private static final String SCRIPT = "Maria, removing the old plotting defaults breaks every report our group has"
      + " produced for years. Nobody asked users before this was decided. Put them back.";

  @TempDir Path dir;

  private static String mail(String id, String from, Instant at, String parent, String subject, String body) {
    StringBuilder s = new StringBuilder();
    s.append("From ").append(from.replace(" at ", "@").split(" ")[0]).append("  ").append(FROM_LINE.format(at))
        .append('\n');
    s.append("From: ").append(from).append('\n');
    s.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))).append('\n');
    s.append("Subject: ").append(subject).append('\n');
    if (parent != null) {
      s.append("In-Reply-To: ").append(parent).append('\n').append("References: ").append(parent).append('\n');
    }
    s.append("Message-ID: ").append(id).append("\n\n").append(body).append("\n\n");
    return s.toString();
  }

  /** Half a year of the regulars' everyday traffic, and one visitor every other day. */
  private Path history() throws IOException {
    StringBuilder mbox = new StringBuilder();
    for (int day = 180; day >= 1; day--) {
      Instant at = T0.minus(Duration.ofDays(day));
      for (int r = 0; r < REGULARS.length; r++) {
        mbox.append(mail("<old." + day + "." + r + "@lists.example>", REGULARS[r], at.plus(Duration.ofHours(r)), null,
            "Weekly build notes " + day, "Build " + day + " passed on all platforms."));
      }
      if (day % 2 == 0) {
        mbox.append(mail("<visit." + day + "@elsewhere.example>", "visitor" + day + " at elsewhere.example", at, null,
            "Question " + day, "How do I install the development version?"));
      }
    }
    Path file = dir.resolve("history.mbox");
    Files.writeString(file, mbox);
    return file;
  }

  private Path brigadedThread() throws IOException {
    List<String> mails = new ArrayList<>();
    mails.add(mail("<root@lists.example>", REGULARS[0] + " (Maria Lindqvist)", T0, null, "Plot defaults in 5.0",
        "We are removing the old plotting defaults in 5.0; the new ones have been opt-in for two years."));
    mails.add(mail("<r1@uni.example>", REGULARS[1] + " (Tomas Novak)", T0.plus(Duration.ofHours(2)),
        "<root@lists.example>", "Re: Plot defaults in 5.0", "Sounds right to me, thanks for doing this."));
    for (int i = 0; i < 9; i++) {
      String body = (i == 0 ? "Found this via https://old.reddit.com/r/rstats/comments/1abcd/plot_defaults/ today.\n\n"
          : "") + (i % 3 == 0 ? "Hi,\n\n" : "") + SCRIPT;
      mails.add(mail("<b" + i + "@mail.example>", "user" + i + " at mail" + i + ".example (User " + i + ")",
          T0.plus(Duration.ofHours(20).plus(Duration.ofMinutes(45L * i))), "<root@lists.example>",
          "Re: Plot defaults in 5.0", body));
    }
    Path file = dir.resolve("thread.mbox");
    Files.writeString(file, String.join("", mails));
    return file;
  }

  @Test
  void jsonReportsNameTheBrigadeWithMessageIdsAuthorsAndSpans() throws IOException {
    Cli.Result r = Cli.cli().run("thread", "--format", "json", "--history", history().toString(),
        brigadedThread().toString());

    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> threads = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      threads.add(new ObjectMapper().readTree(line));
    }
    assertThat(threads).hasSize(1);
    JsonNode thread = threads.get(0);
    assertThat(thread.get("thread").asText()).isEqualTo("<root@lists.example>");
    List<String> kinds = new ArrayList<>();
    thread.get("signals").forEach(s -> kinds.add(s.get("kind").asText()));
    assertThat(kinds).contains("brigading", "newcomer_burst", "near_duplicates", "external_mobilization");
    JsonNode brigading = thread.get("signals").get(kinds.indexOf("brigading"));
    assertThat(brigading.get("score").asDouble()).isGreaterThanOrEqualTo(0.5);
    assertThat(brigading.get("severity").asText()).isIn("medium", "high");
    List<String> ids = new ArrayList<>();
    brigading.get("evidence").forEach(e -> ids.add(e.get("message_id").asText()));
    assertThat(ids).contains("<b0@mail.example>", "<b8@mail.example>").doesNotContain("<r1@uni.example>");
    JsonNode mobilization = thread.get("signals").get(kinds.indexOf("external_mobilization"));
    JsonNode pointer = mobilization.get("evidence").get(0);
    assertThat(pointer.get("message_id").asText()).isEqualTo("<b0@mail.example>");
    assertThat(pointer.get("author").asText()).contains("user0");
    assertThat(pointer.get("spans").get(0).get("start").asInt()).isEqualTo("Found this via ".length());
  }

  @Test
  void textReportsEndWithTotalsAndCalmArchivesReportNoThread() throws IOException {
    Cli.Result r = Cli.cli().run("thread", history().toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("thread <").endsWith("0 with an alert (0 brigading, 0 pile_on)\n");
  }

  @Test
  void aClosedOutputIsReportedWithExitTwoInBothFormats() throws IOException {
    Path history = history();
    Path thread = brigadedThread();
    for (String format : List.of("json", "text")) {
      Cli.Result r = Cli.cli().closedOutput()
          .run("thread", "--format", format, "--history", history.toString(), thread.toString());

      assertThat(r.exit()).as(format).isEqualTo(2);
      assertThat(r.err()).as(format).startsWith("comity: cannot write output: ");
    }
  }

  @Test
  void aMissingArchiveIsAnInputError() {
    Cli.Result r = Cli.cli().run("thread", dir.resolve("nope.mbox").toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err()).contains("nope.mbox: no such file");
  }
}
