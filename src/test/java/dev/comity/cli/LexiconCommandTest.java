package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static dev.comity.cli.Golden.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCommandTest {
  @TempDir Path tmp;

  @Test
  void lintCountsFilesAndRulesWhenAllIsWell() {
    Cli.Result r = cli().run("lexicon", "lint", Cli.TEST_LEXICON);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("1 file, 3 rules OK\n");
  }

  @Test
  void lintPrintsEveryProblemWithItsLineAndCaretAndExitsTwo() {
    Cli.Result r = cli().run("lexicon", "lint", Cli.TEST_LEXICON, "src/test/resources/cli/broken.lex");

    assertThat(r.exit()).isEqualTo(2);
    assertGolden("lexicon-lint.txt", r.out());
  }

  @Test
  void lintSearchesDirectoriesForLexiconFiles() throws IOException {
    Files.createDirectories(tmp.resolve("en"));
    Files.copy(Path.of(Cli.TEST_LEXICON), tmp.resolve("en/test.lex"));
    Files.writeString(tmp.resolve("en/notes.txt"), "not a lexicon");

    assertThat(cli().run("lexicon", "lint", tmp.toString()).out()).isEqualTo("1 file, 3 rules OK\n");
  }

  @Test
  void lintReportsAMissingFile() {
    Cli.Result r = cli().run("lexicon", "lint", "no/such.lex");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).startsWith("no/such.lex:1:1: cannot read");
  }

  @Test
  void needsASubcommand() {
    Cli.Result r = cli().run("lexicon");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command: lint");
  }
}
