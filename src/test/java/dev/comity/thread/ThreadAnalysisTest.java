package dev.comity.thread;

import static dev.comity.thread.ThreadFixtures.REGULARS;
import static dev.comity.thread.ThreadFixtures.finding;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Category;
import dev.comity.api.Evidence;
import dev.comity.api.Message;
import dev.comity.api.Severity;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadAnalysisTest {
  private static final String MARIA = REGULARS.get(0);
  private static final String DECISION = "After the discussion at the last release meeting we decided to drop the"
      + " legacy parser in 4.2. It has had no maintainer for three years, it fails on half of the new test suite and"
      + " the new parser covers every documented case. A migration note is in NEWS.";
  private static final String LINK = "https://www.reddit.com/r/rstats/comments/1k2j3h/core_dev_kills_legacy_parser/";
  private static final String SCRIPT = "Maria, dropping the legacy parser breaks every script our team has written"
      + " over ten years. You did not ask a single user before deciding this behind closed doors. Revert it.";

  /** A maintainer's decision is linked from Reddit and nine people new to the list pile in within ten hours. */
  private static ThreadFixtures socialMediaPileOn() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    f.post("<r1@uni.example>", REGULARS.get(1), ofHours(2), "<root@lists.example>",
        "Thanks Maria. The NEWS entry could mention the new parser's strict mode, otherwise fine with me.");
    String first = "Saw this on " + LINK + " and had to say something. Maria, this decision is a joke and you are"
        + " clearly out of touch with the people who actually use this.";
    f.post("<n0@mail.example>", "Alex Hale <alex.hale@mail.example>", ofHours(20), "<root@lists.example>", first,
        finding(first, "out of touch", Category.DISMISSIVE, Severity.MEDIUM));
    String[] names = {"Jordan Keller", "Sam Moreau", "Casey Varga", "Robin Zhou", "Drew Jansen"};
    String[] greetings = {"", "Hi,\n\n", "Hello all,\n\n", "", "Hi list,\n\n"};
    for (int i = 0; i < names.length; i++) {
      String text = greetings[i] + SCRIPT + (i % 2 == 0 ? "\n\nRegards" : "");
      f.post("<dup" + i + "@mail.example>", names[i] + " <" + names[i].replace(' ', '.').toLowerCase() + "@mail.example>",
          ofHours(21).plus(ofMinutes(40L * i)), "<root@lists.example>", text,
          finding(text, "behind closed doors", Category.DISMISSIVE, Severity.MEDIUM));
    }
    String cta = "Everyone who relies on the old parser should reply to this thread so they cannot ignore us.";
    f.post("<n6@mail.example>", "Quinn Marsh <quinn@post.example>", ofHours(25), "<root@lists.example>", cta,
        finding(cta, "Everyone who relies on the old parser should reply", Category.CALL_TO_ACTION, Severity.HIGH));
    String insult = "Honestly Maria, only an arrogant clown would remove a feature this many people use.";
    f.post("<n7@mail.example>", "Kai Ibsen <kai@inbox.example>", ofHours(27), "<root@lists.example>", insult,
        finding(insult, "arrogant clown", Category.INSULT, Severity.HIGH));
    f.post("<n8@mail.example>", "Noel Petrov <noel@inbox.example>", ofHours(29), "<n7@mail.example>",
        "Agreed with everything above. Revert the change and apologise to your users.");
    return f;
  }

  @Test
  void socialMediaDrivenPileOnIsFlaggedAsBrigadingWithTheNewcomersTheLinkAndTheSharedScript() {
    ThreadReport report = socialMediaPileOn().analyze();

    ThreadSignal brigading = report.signal(ThreadAnalysis.BRIGADING).orElseThrow();
    assertThat(brigading.score()).isGreaterThanOrEqualTo(ThreadAnalysis.ALERT_THRESHOLD);
    assertThat(ThreadAnalysis.alerts(report)).extracting(ThreadSignal::kind).contains(ThreadAnalysis.BRIGADING);
    assertThat(brigading.messageIds()).contains("<n0@mail.example>", "<dup0@mail.example>", "<n8@mail.example>")
        .doesNotContain("<root@lists.example>", "<r1@uni.example>");

    ThreadSignal burst = report.signal(NewcomerBurstAnalyzer.KIND).orElseThrow();
    assertThat(burst.messageIds()).containsExactly("<n0@mail.example>", "<dup0@mail.example>", "<dup1@mail.example>",
        "<dup2@mail.example>", "<dup3@mail.example>", "<dup4@mail.example>", "<n6@mail.example>", "<n7@mail.example>",
        "<n8@mail.example>");
    assertThat(burst.evidence()).extracting(Evidence::note).containsOnly("first post on the list");
    assertThat(burst.start()).isEqualTo(ThreadFixtures.T0.plus(ofHours(20)));
    assertThat(burst.end()).isEqualTo(ThreadFixtures.T0.plus(ofHours(29)));

    ThreadSignal mobilization = report.signal(MobilizationAnalyzer.KIND).orElseThrow();
    Evidence pointer = mobilization.evidence().get(0);
    Message first = socialMediaPileOn().messages.get(2);
    assertThat(pointer.messageId()).isEqualTo("<n0@mail.example>");
    assertThat(pointer.spans()).hasSize(1);
    assertThat(pointer.spans().get(0).coveredText(first.text())).isEqualTo(LINK);
    assertThat(mobilization.score()).isGreaterThanOrEqualTo(0.9);

    ThreadSignal duplicates = report.signal(NearDuplicateAnalyzer.KIND).orElseThrow();
    assertThat(duplicates.messageIds()).containsExactlyInAnyOrder("<dup0@mail.example>", "<dup1@mail.example>",
        "<dup2@mail.example>", "<dup3@mail.example>", "<dup4@mail.example>");
    assertThat(duplicates.evidence()).extracting(Evidence::author).doesNotHaveDuplicates();
    assertThat(duplicates.score()).isEqualTo(1.0);

    ThreadSignal pileOn = report.signal(ThreadAnalysis.PILE_ON).orElseThrow();
    assertThat(pileOn.explanation()).contains("Maria Lindqvist");
    assertThat(report.signal(CallToActionAnalyzer.KIND).orElseThrow().messageIds())
        .containsExactly("<n6@mail.example>");
  }

  @Test
  void heatedTechnicalArgumentAmongRegularsWithoutInfluxRaisesNoAlert() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    String[] replies = {
      "I strongly disagree. The legacy parser is the only one that handles the old Fortran-style continuation lines,"
          + " and half of the packages I maintain still use them.",
      "That is simply not true, the new parser has handled continuation lines since 4.0. Did you run the tests?",
      "Of course I ran the tests. This is getting frustrating: the failures are in the continuation cases, see the"
          + " log I attached last week.",
      "Your log is from a build with the old flags. Please rebuild with the new flags before claiming it is broken.",
      "Dropping it in a minor release is a bad idea regardless. We promised users a deprecation cycle.",
      "We announced the deprecation two releases ago. Nobody objected then.",
      "Nobody read that announcement, it was buried in a NEWS entry. This is a ridiculous way to run a release.",
      "I rebuilt with the new flags and two of the four failures remain. Patch attached for one of them.",
      "Thanks, that patch is right. The other failure is a real bug in the new parser; I will look tomorrow.",
      "Fine. But I still think removing it in 4.2 is premature and I will say so at the meeting."
    };
    String[] parents = {"<root@lists.example>", "<a0@x.example>", "<a1@x.example>", "<a2@x.example>",
        "<root@lists.example>", "<a4@x.example>", "<a5@x.example>", "<a3@x.example>", "<a7@x.example>",
        "<a8@x.example>"};
    int[] authors = {1, 0, 1, 0, 2, 0, 3, 1, 0, 2};
    for (int i = 0; i < replies.length; i++) {
      String text = replies[i];
      String author = REGULARS.get(authors[i]);
      if (text.contains("ridiculous")) {
        f.post("<a" + i + "@x.example>", author, ofHours(3L + 4L * i), parents[i], text,
            finding(text, "ridiculous", Category.FRUSTRATION, Severity.MEDIUM));
      } else if (text.contains("frustrating")) {
        f.post("<a" + i + "@x.example>", author, ofHours(3L + 4L * i), parents[i], text,
            finding(text, "frustrating", Category.FRUSTRATION, Severity.LOW));
      } else {
        f.post("<a" + i + "@x.example>", author, ofHours(3L + 4L * i), parents[i], text);
      }
    }

    ThreadReport report = f.analyze();

    assertThat(ThreadAnalysis.alerts(report)).isEmpty();
    assertThat(report.signal(NewcomerBurstAnalyzer.KIND)).isEmpty();
    assertThat(report.score(ThreadAnalysis.BRIGADING)).isZero();
    assertThat(report.score(ThreadAnalysis.PILE_ON)).isLessThan(0.25);
  }

  @Test
  void newcomerBurstNeedsAListBaselineSoThatAFreshHistoryDoesNotMakeEveryoneNew() {
    ThreadFixtures f = new ThreadFixtures();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    for (int i = 0; i < 6; i++) {
      f.post("<q" + i + "@x.example>", "Person " + i + " <p" + i + "@x.example>", ofHours(1 + i), "<root@lists.example>",
          "A question about the migration note number " + i + ".");
    }
    assertThat(f.analyze().signal(NewcomerBurstAnalyzer.KIND)).isEmpty();
  }

  @Test
  void newcomerBurstScoresFewNewcomersLowAndManyHigh() {
    assertThat(burstScore(3)).isLessThan(0.2);
    assertThat(burstScore(5)).isBetween(0.5, 0.9);
    assertThat(burstScore(8)).isEqualTo(1.0);
  }

  private static double burstScore(int newcomers) {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    for (int i = 0; i < newcomers; i++) {
      f.post("<q" + i + "@x.example>", "Person " + i + " <p" + i + "@x.example>", ofHours(1 + i), "<root@lists.example>",
          "A question about the migration note number " + i + ".");
    }
    return f.analyze().score(NewcomerBurstAnalyzer.KIND);
  }

  @Test
  void nearDuplicatesFromOneAuthorAreNotCoordination() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    f.post("<s1@x.example>", REGULARS.get(1), ofHours(1), "<root@lists.example>", SCRIPT);
    f.post("<s2@x.example>", REGULARS.get(1), ofHours(2), "<root@lists.example>", "Resending: " + SCRIPT);
    assertThat(f.analyze().signal(NearDuplicateAnalyzer.KIND)).isEmpty();
  }

  @Test
  void quotedTextDoesNotMakeRepliesNearDuplicates() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    String quoted = "> " + DECISION.replace(". ", ".\n> ") + "\n\n";
    f.post("<q1@x.example>", REGULARS.get(1), ofHours(1), "<root@lists.example>", quoted + "Sounds good to me.");
    f.post("<q2@x.example>", REGULARS.get(2), ofHours(2), "<root@lists.example>", quoted + "Fine, ship it.");
    f.post("<q3@x.example>", REGULARS.get(3), ofHours(3), "<root@lists.example>", quoted + "Agreed, thanks.");
    assertThat(f.analyze().signal(NearDuplicateAnalyzer.KIND)).isEmpty();
  }

  @Test
  void aSocialLinkWithoutInfluxStaysLow() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null,
        "Someone asked about this on https://news.ycombinator.com/item?id=41234567 so here is the background.");
    f.post("<r1@x.example>", REGULARS.get(1), ofHours(1), "<root@lists.example>", "Thanks for the summary.");
    ThreadReport report = f.analyze();
    assertThat(report.score(MobilizationAnalyzer.KIND)).isEqualTo(0.3);
    assertThat(ThreadAnalysis.alerts(report)).isEmpty();
  }

  @Test
  void velocityComparesTheBusiestWindowWithTheThreadsEarlierRate() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    String parent = "<root@lists.example>";
    for (int i = 0; i < 3; i++) {
      f.post("<slow" + i + "@x.example>", REGULARS.get(1 + i), Duration.ofDays(1 + i), parent, "Slow reply " + i);
    }
    for (int i = 0; i < 16; i++) {
      f.post("<fast" + i + "@x.example>", REGULARS.get(i % 6), Duration.ofDays(5).plus(ofMinutes(30L * i)), parent,
          "Fast reply " + i);
    }
    ThreadSignal velocity = f.analyze().signal(VelocityAnalyzer.KIND).orElseThrow();
    assertThat(velocity.evidence()).hasSize(16);
    assertThat(velocity.start()).isEqualTo(ThreadFixtures.T0.plus(Duration.ofDays(5)));
    assertThat(velocity.score()).isGreaterThan(0.5);
  }

  @Test
  void replyConcentrationWeighsHostileRepliesAboveCivilOnes() {
    assertThat(concentration(true)).isGreaterThan(2 * concentration(false));
  }

  private static double concentration(boolean hostile) {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    for (int i = 1; i < 6; i++) {
      String text = "Maria, you are wrong about this and you know it.";
      if (hostile) {
        f.post("<h" + i + "@x.example>", REGULARS.get(i), ofHours(i), "<root@lists.example>", text,
            finding(text, "you are wrong about this and you know it", Category.DISMISSIVE, Severity.HIGH));
      } else {
        f.post("<h" + i + "@x.example>", REGULARS.get(i), ofHours(i), "<root@lists.example>", text);
      }
    }
    return f.analyze().score(ReplyConcentrationAnalyzer.KIND);
  }

  @Test
  void escalationSeesTheToneRiseOverTheThread() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    String parent = "<root@lists.example>";
    for (int i = 0; i < 8; i++) {
      String text = i < 4 ? "Reasonable point number " + i + "." : "This is idiotic, point number " + i + ".";
      if (i < 4) {
        f.post("<e" + i + "@x.example>", REGULARS.get(1 + i % 5), ofHours(1 + i), parent, text);
      } else {
        f.post("<e" + i + "@x.example>", REGULARS.get(1 + i % 5), ofHours(1 + i), parent, text,
            finding(text, "idiotic", Category.INSULT, Severity.HIGH));
      }
    }
    ThreadSignal escalation = f.analyze().signal(EscalationAnalyzer.KIND).orElseThrow();
    assertThat(escalation.score()).isEqualTo(1.0);
    assertThat(escalation.messageIds()).contains("<e7@x.example>");
  }

  @Test
  void theAnalysisTimeComesFromTheInjectedClock() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    ThreadReport report = f.analyze();
    assertThat(report.analyzedAt()).isEqualTo(ThreadFixtures.NOW);
  }

  @Test
  void analyzersMayNotShareAKindOrTakeAVerdictsKind() {
    ThreadAnalyzer clash = new ThreadAnalyzer() {
      @Override
      public String kind() {
        return ThreadAnalysis.BRIGADING;
      }

      @Override
      public List<ThreadSignal> analyze(dev.comity.spi.ThreadContext context) {
        return List.of();
      }
    };
    assertThatThrownBy(() -> ThreadAnalysis.of(ThreadFixtures.CLOCK, ThreadAnalysis.DEFAULT_WINDOW, List.of(clash)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brigading");
  }

  @Test
  void awkwardMessagesStillGiveAValidReport() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, "");
    String huge = "spam ".repeat(20_000) + "https://x.com/a/status/1";
    f.post("<w1@x.example>", "", ofMinutes(1), "<root@lists.example>", huge);
    f.post("<w2@x.example>", "\u202e\u200b <>", ofMinutes(2), "<root@lists.example>", "\ud800 lone \udfff \u0000");
    f.post("<w3@x.example>", REGULARS.get(1), ofMinutes(3), "<w2@x.example>", "http://[broken url >\n> quoted only");
    Message undated = Message.builder("no date here").id("<w4@x.example>").author("someone@x.example")
        .inReplyTo("<root@lists.example>").build();
    f.messages.add(undated);
    f.reports.put(undated, f.reports.get(f.messages.get(0)));

    ThreadReport report = f.analyze();

    assertThat(report.messages()).isEqualTo(5);
    for (ThreadSignal s : report.signals()) {
      assertThat(s.score()).isBetween(0.0, 1.0);
      for (Evidence e : s.evidence()) {
        Message m = f.messages.stream().filter(x -> x.id().orElseThrow().equals(e.messageId())).findFirst().orElseThrow();
        e.spans().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(m.text().length()));
      }
    }
  }

  @Test
  void anAnalyzerThatThrowsIsNamedInTheReportAndTheOthersStillRun() {
    ThreadAnalyzer broken = new ThreadAnalyzer() {
      @Override
      public String kind() {
        return "broken";
      }

      @Override
      public List<ThreadSignal> analyze(dev.comity.spi.ThreadContext context) {
        throw new IllegalStateException("boom");
      }
    };
    ThreadFixtures f = socialMediaPileOn().recordAll();
    Conversation thread = Threader.thread(f.messages).get(0);
    ThreadReport report = ThreadAnalysis.of(ThreadFixtures.CLOCK, ThreadAnalysis.DEFAULT_WINDOW, List.of(broken))
        .analyze(thread, p -> f.reports.get(p.message()), f.history, ThreadFixtures.KEYS);
    assertThat(report.failures()).containsExactly("broken: java.lang.IllegalStateException: boom");
    assertThat(report.score(ThreadAnalysis.BRIGADING)).isGreaterThanOrEqualTo(ThreadAnalysis.ALERT_THRESHOLD);
  }

  @Test
  void pipermailNoticesAndListFootersAreNotSharedWording() {
    ThreadFixtures f = ThreadFixtures.listWithRegulars();
    f.post("<root@lists.example>", MARIA, ofMinutes(0), null, DECISION);
    String footer = "\n\n______________________________________________\nR-devel at r-project.org mailing list\n"
        + "https://stat.ethz.ch/mailman/listinfo/r-devel\n";
    String scrubbed = "An embedded and charset-unspecified text was scrubbed...\nName: not available\n"
        + "URL: <https://stat.ethz.ch/pipermail/r-devel/attachments/20260101/0a1b2c3d/attachment.pl>\n";
    for (int i = 1; i < 4; i++) {
      f.post("<s" + i + "@x.example>", REGULARS.get(i), ofHours(i), "<root@lists.example>", scrubbed);
      f.post("<f" + i + "@x.example>", REGULARS.get(i), ofHours(i).plus(ofMinutes(5)), "<root@lists.example>",
          "Short reply number " + i + "." + footer);
    }
    assertThat(f.analyze().signal(NearDuplicateAnalyzer.KIND)).isEmpty();
  }
}
