package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static dev.comity.cli.Golden.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final String NOTES = "src/test/resources/cli/notes.txt";

  @Test
  void showsEachFindingWithACaretUnderItsSpanAndAVerdict() {
    Cli.Result r = cli().run("check", "Honestly,\tonly an idiot would call this cancer, meh.");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertGolden("check-text.txt", r.out());
  }

  @Test
  void printsOnePrettyJsonReportPerMessage() {
    Cli.Result r = cli().run("check", "--format", "json", "--include-text", "only an idiot", "all fine");

    assertThat(r.exit()).isZero();
    assertGolden("check-json.json", r.out());
  }

  @Test
  void treatsEachArgumentAsOneMessage() {
    Cli.Result r = cli().run("check", "you", "idiot");

    assertThat(r.out()).contains("== argument 1\n", "== argument 2\n");
    assertThat(r.out()).containsOnlyOnce("1 finding");
  }

  @Test
  void readsOneMessageFromStandardInputWhenGivenNoText() {
    Cli.Result r = cli().stdin("first line\nsecond line with idiot\n").run("check");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("2:18  high  insult/person  test/insult/idiot");
    assertThat(r.out()).doesNotContain("==");
  }

  @Test
  void readsAFileAsOneMessageWhoseIdIsItsPath() {
    Cli.Result r = cli().run("check", "--format", "json", "--file", NOTES);

    assertThat(r.out()).contains("\"id\": \"" + NOTES + "\"", "\"start\": 64");
  }

  @Test
  void exitsOneWhenAReportReachesFailOn() {
    assertThat(cli().run("check", "--fail-on", "review", "an idiot").exit()).isEqualTo(1);
    assertThat(cli().run("check", "--fail-on", "violation", "an idiot").exit()).isEqualTo(1);
    assertThat(cli().run("check", "--fail-on", "violation", "this cancer").exit()).isZero();
    assertThat(cli().run("check", "--fail-on", "review", "all fine").exit()).isZero();
  }

  @Test
  void exitsZeroWhateverItFindsWithoutFailOn() {
    assertThat(cli().run("check", "an idiot").exit()).isZero();
  }

  @Test
  void refusesFailOnValuesOtherThanReviewAndViolation() {
    Cli.Result r = cli().run("check", "--fail-on", "ok", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected review or violation, got 'ok'");
  }

  @Test
  void disablesRulesByIdOrByPrefix() {
    assertThat(cli().run("check", "--disable", "test/insult/idiot", "an idiot").out()).contains("no findings");
    assertThat(cli().run("check", "--disable", "test/", "idiot meh").out()).contains("no findings");
    assertThat(cli().run("check", "--disable", "test/insult/", "idiot meh").out()).contains("1 finding");
  }

  @Test
  void truncatesMessagesLongerThanMaxChars() {
    Cli.Result r = cli().run("check", "--max-chars", "8", "fine so far, idiot");

    assertThat(r.out()).contains("no findings, truncated");
  }

  @Test
  void rejectsAMaxCharsBelowOne() {
    Cli.Result r = cli().run("check", "--max-chars", "0", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--max-chars must be at least 1, got 0");
  }

  @Test
  void printsEveryConfigurationProblemOnItsOwnLineAndExitsTwo() {
    Cli.Result r =
        cli()
            .moderators(() -> Moderator.builder().discoverScorers(false).disableScorer("a").disableScorer("b"))
            .run("check", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines())
        .containsExactly(
            "comity: cannot disable unknown scorer 'a'; known: ", "comity: cannot disable unknown scorer 'b'; known: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void exitsTwoForAMissingFile() {
    Cli.Result r = cli().run("check", "--file", "no/such/file.txt");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("comity: no/such/file.txt: no such file\n");
  }

  @Test
  void writesNoAnsiCodesWhenStdoutIsNotATerminal() {
    assertThat(cli().run("check", "an idiot").out()).doesNotContain("\u001b");
  }

  @Test
  void coloursOutputOnATerminalUnlessToldNotTo() {
    assertThat(cli().terminal().run("check", "an idiot").out()).contains("\u001b[");
    assertThat(cli().terminal().run("check", "--no-color", "an idiot").out()).doesNotContain("\u001b");
    assertThat(cli().terminal().env("NO_COLOR", "1").run("check", "an idiot").out()).doesNotContain("\u001b");
    assertThat(cli().terminal().env("NO_COLOR", "").run("check", "an idiot").out()).contains("\u001b[");
  }
}
