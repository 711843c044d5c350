package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI writes to standard error, its log, must not repeat message content: logs are kept, shared and shipped
 * where the messages themselves are not. Each test plants a marker word in the content and looks for it in stderr.
 */
class LogContentTest {
  private static final String SECRET = "Zqxsecretword";

  @Test
  void scanErrorsAboutAMessageDoNotRepeatItsText(@TempDir Path dir) throws Exception {
    Path mbox = dir.resolve("broken.mbox.gz");
    Files.write(mbox, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'x'});
    Path jsonl = dir.resolve("m.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\", \"body\": \"" + SECRET + "\"}\n{\"id\": 1, \"text\": 7}\n");
    Cli.Result r = Cli.cli().scan("--format", "jsonl", jsonl.toString(), mbox.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("m.jsonl:1").doesNotContain(SECRET);
  }

  @Test
  void aJsonlLineThatIsNotJsonIsReportedWithoutItsText(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("m.jsonl");
    Files.writeString(jsonl, SECRET + " is what I think of you\n{\"text\": \"" + SECRET + "\n");
    Cli.Result r = Cli.cli().scan("--format", "jsonl", jsonl.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("m.jsonl:1:1: not valid JSON", "m.jsonl:2:").contains("JSON ends early")
        .doesNotContain(SECRET);
    assertThat(r.out()).doesNotContain(SECRET);
  }

  @Test
  void aFailingScorerIsLoggedWithoutTheMessage() {
    Cli.Result r = Cli.cli()
        .moderators(() -> Moderator.builder().scorer(new FailingScorer()))
        .stdin("Subject: x\n\n" + SECRET + " idiot\n")
        .run("filter", "--no-bundled-lexicons", "--lexicon", Cli.TEST_LEXICON);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("X-Comity-Error: scorer failed: broken");
    assertThat(r.err()).doesNotContain(SECRET);
  }
}
