package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static dev.comity.cli.Golden.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCommandTest {
  /** Valid, but with keys out of order, two patterns on one line and stray spaces. */
  private static final String MESSY = String.join("\n",
      "@lexicon en/messy", "@format 1", "@version 1", "", "", "[shout]", "message: Shouting.   ",
      "match:   shout  |  yell", "category: frustration", "severity: low", "sureness: 0.5", "hit: {shout}",
      "ok: shouting", "");

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
  void fmtCheckListsFilesThatAreNotCanonicalAndChangesNothing() throws IOException {
    Path file = Files.writeString(tmp.resolve("messy.lex"), MESSY);

    Cli.Result r = cli().run("lexicon", "fmt", "--check", tmp.toString(), Cli.TEST_LEXICON);

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + "\n");
    assertThat(Files.readString(file)).isEqualTo(MESSY);
  }

  @Test
  void fmtRewritesFilesInCanonicalFormAndListsThem() throws IOException {
    Path file = Files.writeString(tmp.resolve("messy.lex"), MESSY);

    Cli.Result r = cli().run("lexicon", "fmt", file.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(file + "\n");
    assertGolden("lexicon-fmt.lex", Files.readString(file));
    assertThat(cli().run("lexicon", "fmt", "--check", file.toString()))
        .isEqualTo(new Cli.Result(0, "", ""));
    assertThat(tmp.toFile().list()).containsExactly("messy.lex");
  }

  @Test
  void fmtKeepsTheFilePermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Files.writeString(tmp.resolve("messy.lex"), MESSY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    assertThat(cli().run("lexicon", "fmt", file.toString()).exit()).isZero();

    assertThat(Files.readString(file)).isNotEqualTo(MESSY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }

  @Test
  void fmtLeavesCanonicalFilesAlone() {
    assertThat(cli().run("lexicon", "fmt", "--check", Cli.TEST_LEXICON)).isEqualTo(new Cli.Result(0, "", ""));
  }

  @Test
  void fmtRefusesMissingPaths() {
    Cli.Result r = cli().run("lexicon", "fmt", "no/such.lex");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("comity: no/such.lex: no such file\n");
  }

  @Test
  void needsASubcommand() {
    Cli.Result r = cli().run("lexicon");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command: lint or fmt");
  }
}
