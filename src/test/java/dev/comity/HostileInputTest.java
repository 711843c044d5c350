package dev.comity;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.HostileInputs.Mail;
import dev.comity.HostileInputs.Text;
import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.HeaderRewriter;
import dev.comity.mail.MailLimits;
import dev.comity.mail.MailParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@link HostileInputs}) through the whole pipeline: every input gives a valid report (no
 * failure, spans in bounds, on whole code points, covering their text) or, for mail, a parsed message. Time and memory
 * are bounded by construction, not by timing: a message longer than the limit is cut to it and flagged
 * {@code truncated}, and the insults placed at both ends show whether all of a message was scored. The worst time per
 * MB is measured by {@code HostileTiming} (benchmarks/README.md), never asserted here.
 */
class HostileInputTest {
  /** Big enough to reach every loop of the pipeline, small enough for CI. */
  private static final int SIZE = 1 << 16;

  private static Moderator moderator;

  @BeforeAll
  static void build() {
    moderator = Moderator.builder().build();
  }

  static Stream<Text> texts() {
    return HostileInputs.TEXTS.stream();
  }

  static Stream<Mail> mails() {
    return HostileInputs.MAILS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyHostileTextGivesAValidReportOfTheWholeText(Text input) {
    String text = input.of(SIZE);
    Report report = assertValid(moderator, text);
    assertThat(report.truncated()).isFalse();
    assertThat(report.findings()).as("the insult at the start is found").anySatisfy(f -> assertThat(f.span().start())
        .isLessThan(40));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyHostileTextOverTheLimitIsCutToItAndFlagged(Text input) {
    Moderator small = Moderator.builder().maxChars(SIZE / 4).build();
    String text = input.of(SIZE);
    Report report = assertValid(small, text);
    assertThat(report.truncated()).isTrue();
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.span().end()).isLessThanOrEqualTo(SIZE / 4));
  }

  @Test
  void aFiftyMegabyteMessageIsScoredUpToTheLimitAndFlagged() {
    String text = HostileInputs.TEXTS.get(0).of(50 << 20);
    Report report = assertValid(moderator, text);
    assertThat(report.truncated()).isTrue();
    assertThat(report.findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.span().end()).isLessThanOrEqualTo(Moderator.DEFAULT_MAX_CHARS));
  }

  @Test
  void anOverlongLineIsCutButCannotHideTheLinesAfterIt() {
    String text = "What an idiot. " + "A".repeat(Moderator.DEFAULT_MAX_LINE_CHARS * 2) + " moron\nThat moron again.\n";
    Report report = assertValid(moderator, text);
    assertThat(report.truncated()).isTrue();
    assertThat(report.findings()).extracting(f -> f.span().start())
        .contains(text.indexOf("idiot"), text.lastIndexOf("moron"))
        .doesNotContain(text.indexOf("moron"));
  }

  @Test
  void aMillionLineMessageIsScoredToItsLastLine() {
    String text = text("million-lines").of(3_100_000);
    assertThat(text.chars().filter(c -> c == '\n').count()).isGreaterThan(1_000_000);
    Report report = assertValid(Moderator.builder().maxChars(text.length()).build(), text);
    assertThat(report.truncated()).isFalse();
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.text()).isEqualTo("moron"));
  }

  @Test
  void aHundredThousandCombiningMarksStayWithTheirLetter() {
    String text = text("combining-marks").of(100_040);
    Report report = assertValid(moderator, text);
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.text()).startsWith("idiot\u0301");
      assertThat(f.span().end()).isEqualTo(text.length());
    });
  }

  @Test
  void bidiControlsInsideAWordDoNotHideIt() {
    Report report = assertValid(moderator, "Stop it, you \u202Dstu\u200Fpid\u202C \u2066mo\u2069ron.");
    assertThat(report.findings()).extracting(Finding::text)
        .contains("stu\u200Fpid", "mo\u2069ron");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mails")
  void everyHostileMailParsesIntoAValidReport(Mail input) {
    // A quarter of the text size: mail goes through Mime4j, several times slower per byte than the text pipeline.
    Message message = MailParser.parse(input.of(SIZE / 4));
    Report report = assertValid(moderator, message.text());
    assertThat(report.findings()).as("the insult at the start is found").isNotEmpty();
  }

  @Test
  void aMailOfTenThousandPartsIsReadUpToThePartLimitAndFlagged() {
    MailParser.Parsed parsed = MailParser.parse(mail("many-parts").of(10_000 * 90), MailLimits.DEFAULT);
    assertThat(parsed.truncated()).isTrue();
    String text = parsed.message().text();
    assertThat(text).contains("part 999 looks fine").doesNotContain("part 1000 looks fine");
    assertThat(assertValid(moderator, text).findings()).as("the insult in the first part is found")
        .anySatisfy(f -> assertThat(f.text()).isEqualTo("idiot"));
  }

  @Test
  void aFiftyMegabyteMailIsScoredUpToTheLimitAndFlagged() {
    Message message = MailParser.parse(mail("plain-mail").of(50 << 20));
    Report report = assertValid(moderator, message.text());
    assertThat(report.truncated()).isTrue();
  }

  @Test
  void tenThousandNestedMultipartsGiveTheirTextFlaggedTruncated() {
    MailParser.Parsed parsed = MailParser.parse(mail("nested-multiparts").of(10_000 * 60), MailLimits.DEFAULT);
    assertThat(parsed.truncated()).isTrue();
    assertThat(parsed.message().text()).contains("idiot", "moron");
  }

  @Test
  void forgedFieldsCannotHideBehindFoldingCaseOrObsoleteSpacing() {
    String mail = "Subject: hi\nX-Comity-Verdict : ok\nx-cOMITY-score:\t0\n\t0\nTo: a@b\n\nbody\n";
    assertThat(rewrite(mail)).isEqualTo("X-Comity-Verdict: review\nSubject: hi\nTo: a@b\n\nbody\n");
  }

  @Test
  void forgedFieldsCannotHideBehindABareCarriageReturn() {
    // RFC 5322 forbids a bare CR, but readers such as Python's email package (Mailman 3) take it as a line break.
    String out = rewrite("Subject: hi\rX-Comity-Verdict: ok\nTo: a@b\n\nbody\n");
    assertThat(out.split("[\r\n]+")).filteredOn(l -> l.startsWith("X-Comity-Verdict")).hasSize(1);
  }

  @Test
  void aHeaderBlockStartingWithWhitespaceCannotExtendTheWrittenFields() {
    String out = rewrite(" forged, \u0000continuation\nSubject: hi\n\nbody\n");
    assertThat(out).startsWith("X-Comity-Verdict: review\n").doesNotStartWith("X-Comity-Verdict: review\n ");
  }

  @Test
  void valuesWithLineBreaksNulAndNonAsciiCannotStartAHeaderLine() {
    String value = "a\r\nX-Evil: 1\rb\nc\u0000d\u00e9\u2028e\u0085f\uD800g\u202Eh\u000B\f";
    String out = new String(HeaderRewriter.rewrite(new byte[0], 0,
        List.of(new HeaderRewriter.Field("X-Comity-Findings", value)), false), ISO_8859_1);
    assertThat(out).isEqualTo("X-Comity-Findings: a X-Evil: 1 b c d? e?f?g?h\n");
  }

  private static String rewrite(String mail) {
    byte[] raw = mail.getBytes(ISO_8859_1);
    List<HeaderRewriter.Field> verdict = List.of(new HeaderRewriter.Field("X-Comity-Verdict", "review"));
    return new String(HeaderRewriter.rewrite(raw, raw.length, verdict, true), ISO_8859_1);
  }

  private static Text text(String name) {
    return HostileInputs.TEXTS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Mail mail(String name) {
    return HostileInputs.MAILS.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  /** Scores {@code text} and checks the report: no failure, every span in bounds, whole, covering its text. */
  private static Report assertValid(Moderator m, String text) {
    Report report = m.check(text);
    assertThat(report.failures()).isEmpty();
    for (Finding f : report.findings()) {
      assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(f.span().coveredText(text)).isEqualTo(f.text());
      assertThat(splitsPair(text, f.span().start()) || splitsPair(text, f.span().end())).isFalse();
    }
    return report;
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
  }
}
