package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "check", "scan", "bot", "lexicon", "lexicon lint", "lexicon fmt", "train", "evaluate"})
  void printsHelpForEveryCommand(String command) {
    Cli.Result r = cli().run((command + " --help").strip().split(" "));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: comity" + (command.isEmpty() ? "" : " " + command));
  }

  @Test
  void printsTheVersion() {
    Cli.Result r = cli().run("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("comity ");
  }

  @Test
  void exitsTwoWithUsageWithoutACommand() {
    Cli.Result r = cli().run();

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command", "Usage: comity");
  }

  @Test
  void exitsTwoForAnUnknownOption() {
    Cli.Result r = cli().run("check", "--frobnicate", "x");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void exitsThreeWithAStackTraceWhenAScorerBreaksInStrictMode() {
    Cli.Result r =
        cli()
            .moderators(() -> dev.comity.api.Moderator.builder().discoverScorers(false).strict(true)
                .scorer(new FailingScorer()))
            .run("check", "text");

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("internal error", "scorer broken failed");
  }
}
