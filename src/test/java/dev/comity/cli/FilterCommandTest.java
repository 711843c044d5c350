package dev.comity.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FilterCommandTest {
  private static final Path MAIL = Path.of("src/test/resources/mail");

  /** What a filter run wrote and returned, with the added header lines split off the rest. */
  record Run(int exit, byte[] out, String added, byte[] rest, String err) {
    String addedValue(String name) {
      for (String field : added.replace("\r\n", "\n").replace("\n ", " ").split("\n")) {
        if (field.startsWith(name + ": ")) {
          return field.substring(name.length() + 2);
        }
      }
      return null;
    }
  }

  private static Run filter(byte[] stdin, String... args) {
    return filter(stdin, Moderator::builder, args);
  }

  private static Run filter(byte[] stdin, Supplier<Moderator.Builder> moderators, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(stdin), out, new PrintWriter(err, true), false, false, Map.of(), moderators);
    List<String> all = new ArrayList<>(List.of("filter", "--no-bundled-lexicons", "--lexicon", Cli.TEST_LEXICON));
    all.addAll(List.of(args));
    int exit = Main.commandLine(context).execute(all.toArray(String[]::new));
    byte[] bytes = out.toByteArray();
    int split = addedLength(bytes);
    return new Run(
        exit,
        bytes,
        new String(bytes, 0, split, ISO_8859_1),
        Arrays.copyOfRange(bytes, split, bytes.length),
        err.toString());
  }

  /** The length of the leading X-Comity-* lines, continuation lines included. */
  private static int addedLength(byte[] out) {
    String text = new String(out, ISO_8859_1);
    int pos = 0;
    while (pos < text.length()
        && (text.startsWith("X-Comity-", pos) || (pos > 0 && text.charAt(pos) == ' '))) {
      int lf = text.indexOf('\n', pos);
      pos = lf < 0 ? text.length() : lf + 1;
    }
    return pos;
  }

  static Stream<Path> fixtures() throws IOException {
    return Files.list(MAIL).filter(p -> p.toString().endsWith(".eml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void addsOnlyHeaderLinesToEveryFixtureMail(Path mail) throws IOException {
    byte[] raw = Files.readAllBytes(mail);
    Run r = filter(raw);
    assertThat(r.exit()).isZero();
    assertThat(r.rest()).isEqualTo(raw);
    assertThat(r.added()).startsWith("X-Comity-Verdict: ").contains("\nX-Comity-Score: ");
    assertThat(r.addedValue("X-Comity-Categories")).isNotNull();
    assertThat(r.addedValue("X-Comity-Findings")).isNotNull();
    assertThat(r.addedValue("X-Comity-Error")).isNull();
  }

  @Test
  void passesATenMegabyteBodyWithNulBytesThroughByteForByte() {
    byte[] raw = MailFixturesTest.tenMegabyteMail();

    Run r = filter(raw);

    assertThat(r.exit()).isZero();
    assertThat(r.rest()).isEqualTo(raw);
    assertThat(r.addedValue("X-Comity-Findings")).startsWith("en/cli-test/idiot 1:23");
  }

  @Test
  void reportsVerdictScoreCategoriesAndFindingPositions() {
    Run r = filter(bytes("Subject: review\n\nHello,\n\nonly an idiot would merge this cancer\n"), "--disable", "model/");
    assertThat(r.addedValue("X-Comity-Verdict")).isEqualTo("violation");
    assertThat(r.addedValue("X-Comity-Score")).matches("0\\.\\d+|1\\.0");
    assertThat(r.addedValue("X-Comity-Categories")).contains("insult=", "dehumanizing=");
    assertThat(r.addedValue("X-Comity-Findings")).isEqualTo("en/cli-test/idiot 3:9, en/cli-test/cancer 3:32");
  }

  @Test
  void marksTheVerdictTruncatedWhenAMailLimitStoppedReading() throws IOException {
    byte[] raw = Files.readAllBytes(MAIL.resolve("nested-alternative.eml"));
    assertThat(filter(raw).addedValue("X-Comity-Truncated")).isNull();

    Run r = filter(raw, "--max-parts", "1");

    assertThat(r.rest()).isEqualTo(raw);
    assertThat(r.addedValue("X-Comity-Truncated")).isEqualTo("yes");
  }

  @Test
  void saysNoneWhenNothingIsFound() {
    Run r = filter(bytes("Subject: thanks\n\nLooks good to me.\n"));
    assertThat(r.addedValue("X-Comity-Verdict")).isEqualTo("ok");
    assertThat(r.addedValue("X-Comity-Categories")).isEqualTo("none");
    assertThat(r.addedValue("X-Comity-Findings")).isEqualTo("none");
  }

  @Test
  void keepsCrlfLineEndings() {
    byte[] raw = bytes("Subject: x\r\nFrom: a@b\r\n\r\nonly an idiot\r\n");
    Run r = filter(raw);
    assertThat(r.rest()).isEqualTo(raw);
    assertThat(r.added()).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void leaves8BitBodiesByteForByte() {
    byte[] raw =
        concat(
            bytes("Subject: x\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n\n"),
            new byte[] {'i', 'd', 'i', 'o', 't', ' ', (byte) 0xE9, (byte) 0xFF, (byte) 0xC3, 0x28, 0, '\n'});
    assertThat(filter(raw).rest()).isEqualTo(raw);
  }

  @Test
  void removesForgedVerdictsFoldedOrNot() {
    Run r =
        filter(
            bytes(
                "X-Comity-Verdict: ok\nSubject: x\nx-comity-score:\n 0.0\nX-Comity-Findings: none,\n\tnone\n\nidiot\n"));
    assertThat(r.exit()).isZero();
    assertThat(r.addedValue("X-Comity-Verdict")).isEqualTo("violation");
    assertThat(new String(r.rest(), UTF_8)).isEqualTo("Subject: x\n\nidiot\n");
  }

  @Test
  void contentWithLineBreaksCannotAddHeaderLines() {
    Scorer evil = new InjectingScorer();
    Run r =
        filter(
            bytes("Subject: =?UTF-8?Q?hi=0D=0AX-Injected:_1?=\n\nhello\n"),
            () -> Moderator.builder().scorer(evil),
            "--disable", "en/");
    assertThat(r.addedValue("X-Comity-Findings")).contains("evil X-Injected: yes");
    assertThat(new String(r.out(), ISO_8859_1)).doesNotContain("\nX-Injected").doesNotContain("\rX-Injected");
    assertThat(r.added().split("\n")).allSatisfy(line -> assertThat(line).matches("(X-Comity-[A-Za-z]+:| ).*"));
  }

  @Test
  void passesGarbageThroughWithAnError() {
    byte[] raw = {0, 1, 2, (byte) 0xFF, '\n', 'x', '\n'};
    Run r = filter(raw);
    assertThat(r.exit()).isZero();
    assertThat(r.added()).isEqualTo("X-Comity-Error: not a mail message\n");
    assertThat(r.rest()).isEqualTo(raw);
  }

  @Test
  void scoresAMessageWithoutBody() {
    byte[] raw = bytes("Subject: you idiot\nFrom: a@b");
    Run r = filter(raw);
    assertThat(r.exit()).isZero();
    assertThat(r.addedValue("X-Comity-Verdict")).isNotNull();
    assertThat(r.rest()).isEqualTo(raw);
  }

  @Test
  void passesEmptyInputThroughWithAnError() {
    Run r = filter(new byte[0]);
    assertThat(r.exit()).isZero();
    assertThat(new String(r.out(), ISO_8859_1)).isEqualTo("X-Comity-Error: empty input\n");
  }

  @Test
  void passesOversizedMessagesThroughUnscored() {
    byte[] raw = bytes("X-Comity-Verdict: ok\nSubject: x\n\n" + "idiot ".repeat(100));
    Run r = filter(raw, "--max-bytes", "100");
    assertThat(r.exit()).isZero();
    assertThat(r.added()).isEqualTo("X-Comity-Error: message over 100 bytes, not scored\n");
    assertThat(r.rest()).isEqualTo(Arrays.copyOfRange(raw, "X-Comity-Verdict: ok\n".length(), raw.length));
  }

  @Test
  void passesMessagesThroughWhenScoringBreaks() {
    byte[] raw = bytes("Subject: x\n\nidiot\n");
    Run r =
        filter(
            raw,
            () -> {
              throw new IllegalStateException("boom");
            });
    assertThat(r.exit()).isZero();
    assertThat(r.added()).isEqualTo("X-Comity-Error: internal error IllegalStateException\n");
    assertThat(r.rest()).isEqualTo(raw);
    assertThat(r.err()).contains("boom");
  }

  @Test
  void passesMessagesThroughWhenTheLexiconIsMissing() {
    byte[] raw = bytes("Subject: x\n\nidiot\n");
    Run r = filter(raw, "--lexicon", "no/such.lex");
    assertThat(r.exit()).isZero();
    assertThat(r.added()).isEqualTo("X-Comity-Error: configuration error\n");
    assertThat(r.rest()).isEqualTo(raw);
  }

  @Test
  void namesFailedScorersNextToTheVerdictOfTheOthers() {
    Run r = filter(bytes("Subject: x\n\nidiot\n"), () -> Moderator.builder().scorer(new FailingScorer()));
    assertThat(r.exit()).isZero();
    assertThat(r.addedValue("X-Comity-Verdict")).isEqualTo("violation");
    assertThat(r.addedValue("X-Comity-Error")).isEqualTo("scorer failed: broken");
  }

  @Test
  void refusesOptionsThatMakeNoSenseForAFilter() {
    assertThat(filter(bytes("Subject: x\n\n"), "--fail-on", "review").exit()).isEqualTo(Main.EXIT_ERROR);
    assertThat(filter(bytes("Subject: x\n\n"), "--max-bytes", "0").exit()).isEqualTo(Main.EXIT_ERROR);
  }

  /** A scorer whose rule id tries to smuggle a header line into the findings summary. */
  private static final class InjectingScorer implements Scorer {
    @Override
    public ScorerInfo info() {
      return new ScorerInfo("evil", "0", "injects");
    }

    @Override
    public List<Finding> score(ScoringContext context) {
      return List.of(
          new Finding(
              "evil\r\nX-Injected: yes\n",
              "evil",
              Category.INSULT,
              Severity.HIGH,
              1.0,
              Target.PERSON,
              new Span(0, 5),
              context.text().substring(0, 5),
              "x"));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
