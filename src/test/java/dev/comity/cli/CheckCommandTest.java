package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static dev.comity.cli.Golden.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final String NOTES = "src/test/resources/cli/notes.txt";

  @Test
  void showsEachFindingWithACaretUnderItsSpanAndAVerdict() {
    Cli.Result r = cli().check("Honestly,\tonly an idiot would call this cancer, meh.");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertGolden("check-text.txt", r.out());
  }

  @Test
  void findsObfuscatedWordsAndShowsInvisibleCharactersInTheExcerpt() {
    Cli.Result r = cli().check("ID1OT", "i.d.i.o.t", "\u0456d\u0456\u043Et", "idiooot", "a total id\u200Diot");

    assertThat(r.out()).doesNotContain("no findings");
    assertGolden("check-obfuscated.txt", r.out());
  }

  @Test
  void printsOnePrettyJsonReportPerMessage() {
    Cli.Result r = cli().check("--format", "json", "--include-text", "only an idiot", "all fine");

    assertThat(r.exit()).isZero();
    assertGolden("check-json.json", r.out());
  }

  @Test
  void treatsEachArgumentAsOneMessage() {
    Cli.Result r = cli().check("--disable", "model/", "you", "idiot");

    assertThat(r.out()).contains("== argument 1\n", "== argument 2\n");
    assertThat(r.out()).containsOnlyOnce("1 finding");
  }

  @Test
  void readsOneMessageFromStandardInputWhenGivenNoText() {
    Cli.Result r = cli().stdin("first line\nsecond line with idiot\n").check();

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("2:18  high  insult/person  en/cli-test/idiot");
    assertThat(r.out()).doesNotContain("==");
  }

  @Test
  void readsAFileAsOneMessageWhoseIdIsItsPath() {
    Cli.Result r = cli().check("--format", "json", "--file", NOTES);

    assertThat(r.out()).contains("\"id\": \"" + NOTES + "\"", "\"start\": 64");
  }

  @Test
  void exitsOneWhenAReportReachesFailOn() {
    assertThat(cli().check("--fail-on", "review", "an idiot").exit()).isEqualTo(1);
    assertThat(cli().check("--fail-on", "violation", "an idiot").exit()).isEqualTo(1);
    assertThat(cli().check("--fail-on", "violation", "this cancer").exit()).isZero();
    assertThat(cli().check("--fail-on", "review", "all fine").exit()).isZero();
  }

  @Test
  void exitsZeroWhateverItFindsWithoutFailOn() {
    assertThat(cli().check("an idiot").exit()).isZero();
  }

  @Test
  void refusesFailOnValuesOtherThanReviewAndViolation() {
    Cli.Result r = cli().check("--fail-on", "ok", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected review or violation, got 'ok'");
  }

  @Test
  void disablesRulesByIdOrByPrefix() {
    assertThat(cli().check("--disable", "model/", "--disable", "en/cli-test/idiot", "idiot meh").out()).contains("\u2014 1 finding");
    assertThat(cli().check("--disable", "model/", "--disable", "en/cli-test/", "idiot meh").out()).contains("no findings");
    assertThat(cli().check("--disable", "model/", "--disable", "en/", "idiot meh").out()).contains("no findings");
    assertThat(cli().check("--disable", "model/", "--disable", "en/cli-test/idi", "idiot meh").out()).contains("2 findings");
  }

  @Test
  void truncatesMessagesLongerThanMaxChars() {
    Cli.Result r = cli().check("--max-chars", "8", "fine so far, idiot");

    assertThat(r.out()).contains("no findings, truncated");
  }

  @Test
  void scoresOnlyTheStartOfLinesLongerThanMaxLineChars() {
    Cli.Result r = cli().check("--disable", "model/", "--max-line-chars", "12", "fine so far, idiot");

    assertThat(r.out()).contains("no findings, truncated");
    assertThat(cli().check("--disable", "model/", "--max-line-chars", "12", "fine so far,\nidiot").out())
        .contains("1 finding").doesNotContain("truncated");
  }

  @Test
  void rejectsAMaxCharsBelowOne() {
    Cli.Result r = cli().check("--max-chars", "0", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--max-chars must be at least 1, got 0");
  }

  @Test
  void printsEveryLexiconProblemOnItsOwnLineAndExitsTwo() {
    Cli.Result r = cli().check("--lexicon", "src/test/resources/cli/broken.lex", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines())
        .hasSize(3)
        .allMatch(line -> line.startsWith("comity: src/test/resources/cli/broken.lex:"))
        .anyMatch(line -> line.contains(":6:11: unknown category 'yelling'"));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void exitsTwoForAMissingFile() {
    Cli.Result r = cli().check("--file", "no/such/file.txt");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("comity: no/such/file.txt: no such file\n");
  }

  @Test
  void writesNoAnsiCodesWhenStdoutIsNotATerminal() {
    assertThat(cli().check("an idiot").out()).doesNotContain("\u001b");
  }

  @Test
  void coloursOutputOnATerminalUnlessToldNotTo() {
    assertThat(cli().terminal().check("an idiot").out()).contains("\u001b[");
    assertThat(cli().terminal().check("--no-color", "an idiot").out()).doesNotContain("\u001b");
    assertThat(cli().terminal().env("NO_COLOR", "1").check("an idiot").out()).doesNotContain("\u001b");
    assertThat(cli().terminal().env("NO_COLOR", "").check("an idiot").out()).contains("\u001b[");
  }
}
