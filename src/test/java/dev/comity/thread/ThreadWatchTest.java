package dev.comity.thread;

import static dev.comity.thread.ThreadFixtures.REGULARS;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.api.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadWatchTest {
  private static final String SCRIPT = "Maria, dropping the legacy parser breaks every script our team has written"
      + " over ten years. You did not ask a single user before deciding this. Revert it before the release.";

  /** A clock the test moves forward as mail arrives. */
  private static final class MovingClock extends Clock {
    Instant now = ThreadFixtures.T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final ThreadFixtures list = ThreadFixtures.listWithRegulars();
  private final ThreadWatch watch = ThreadWatch.create(list.history, ThreadFixtures.KEYS, clock);

  private Optional<ThreadAlert> arrive(String id, String author, Duration after, String parent, String text) {
    Message.Builder b = Message.builder(text).id(id).author(author).timestamp(ThreadFixtures.T0.plus(after))
        .header("Subject", parent == null ? "Dropping the legacy parser" : "Re: Dropping the legacy parser");
    if (parent != null) {
      b.inReplyTo(parent).references(List.of(parent));
    }
    clock.now = ThreadFixtures.T0.plus(after);
    return watch.add(b.build(), new Report(Optional.of(id), Verdict.OK, 0, Map.of(), List.of(), false, List.of(),
        Map.of()));
  }

  private List<ThreadAlert> brigade(String tag, Duration start, int size) {
    List<ThreadAlert> alerts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String link = i == 0 ? "Saw this on https://news.ycombinator.com/item?id=41234567\n\n" : "";
      arrive("<" + tag + i + "@mail.example>", "Person " + tag + i + " <" + tag + i + "@mail.example>",
          start.plus(Duration.ofMinutes(50L * i)), "<root@lists.example>", link + SCRIPT).ifPresent(alerts::add);
    }
    return alerts;
  }

  @Test
  void aLiveBrigadeAlertsOnceWithItsEvidence() {
    arrive("<root@lists.example>", REGULARS.get(0), Duration.ZERO, null, "We will drop the legacy parser in 4.2.");
    arrive("<r1@lists.example>", REGULARS.get(1), ofHours(1), "<root@lists.example>", "Fine with me.");

    List<ThreadAlert> alerts = brigade("a", ofHours(20), 10);

    assertThat(alerts).hasSize(1);
    ThreadAlert alert = alerts.get(0);
    assertThat(alert.threadId()).isEqualTo("<root@lists.example>");
    assertThat(alert.verdicts()).extracting(s -> s.kind()).contains(ThreadAnalysis.BRIGADING);
    assertThat(alert.verdicts().get(0).messageIds()).contains("<a0@mail.example>").doesNotContain("<r1@lists.example>");
    assertThat(alert.text()).contains("brigading", "<a0@mail.example>", "newcomer_burst");
    assertThat(watch.report("<a9@mail.example>")).isPresent();
  }

  @Test
  void aSecondBurstAfterAQuietPeriodIsANewEpisode() {
    arrive("<root@lists.example>", REGULARS.get(0), Duration.ZERO, null, "We will drop the legacy parser in 4.2.");
    assertThat(brigade("a", ofHours(20), 10)).hasSize(1);
    assertThat(arrive("<r2@lists.example>", REGULARS.get(2), ofDays(2), "<root@lists.example>", "Moving on."))
        .isEmpty();

    assertThat(brigade("b", ofDays(8), 10)).hasSize(1);
  }

  @Test
  void aCalmThreadNeverAlertsAndARepeatedMessageChangesNothing() {
    arrive("<root@lists.example>", REGULARS.get(0), Duration.ZERO, null, "We will drop the legacy parser in 4.2.");
    for (int i = 1; i < 6; i++) {
      assertThat(arrive("<c" + i + "@lists.example>", REGULARS.get(i), ofHours(3L * i), "<root@lists.example>",
          "Reply number " + i + " about the parser.")).isEmpty();
    }
    long before = list.history.size();
    assertThat(arrive("<c1@lists.example>", REGULARS.get(1), ofHours(3), "<root@lists.example>", "Reply number 1"))
        .isEmpty();
    assertThat(list.history.size()).isEqualTo(before);
    assertThat(watch.threads()).isEqualTo(1);
  }

  @Test
  void messagesWithoutReplyHeadersJoinTheirThreadBySubject() {
    arrive("<root@lists.example>", REGULARS.get(0), Duration.ZERO, null, "We will drop the legacy parser in 4.2.");
    Message orphan = Message.builder("Why?").id("<o1@x.example>").author(REGULARS.get(1))
        .timestamp(ThreadFixtures.T0.plus(ofHours(2))).header("Subject", "Re: Dropping the legacy parser").build();
    watch.add(orphan, new Report(Optional.empty(), Verdict.OK, 0, Map.of(), List.of(), false, List.of(), Map.of()));
    assertThat(watch.threads()).isEqualTo(1);
    assertThat(watch.report("<o1@x.example>").orElseThrow().messages()).isEqualTo(2);
  }

  @Test
  void idleThreadsAreForgottenAfterTheRetention() {
    arrive("<root@lists.example>", REGULARS.get(0), Duration.ZERO, null, "We will drop the legacy parser in 4.2.");
    arrive("<other@lists.example>", REGULARS.get(1), ofDays(90), null, "An unrelated question");
    assertThat(watch.threads()).isEqualTo(1);
    assertThat(watch.report("<root@lists.example>")).isEmpty();
  }
}
