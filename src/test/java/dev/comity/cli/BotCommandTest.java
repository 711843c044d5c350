package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.mail.bot.MailServer;
import dev.comity.mail.bot.Mails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotCommandTest {
  @TempDir Path dir;

  @Test
  void onceHandlesTheWaitingMailWithTheCommandLineLexiconOptionsAndExitsZero() throws IOException {
    try (MailServer server = new MailServer()) {
      server.deliver(Mails.civil("civil-1"));
      server.deliver(Mails.insult("insult-1"));
      Path config = server.configFile(dir, "digest.batch-size = 1");

      Cli.Result r =
          cli()
              .env(MailServer.PASSWORD_VARIABLE, MailServer.PASSWORD)
              .run("bot", "--once", "--config", config.toString(), "--no-bundled-lexicons", "--lexicon",
                  Cli.TEST_LEXICON);

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(server.idsWith("INBOX", "$ComityFlagged")).containsExactly("<insult-1@lists.example.org>");
      assertThat(server.digests()).singleElement().asString().contains("en/cli-test/idiot", "[[idiot]]");
      assertThat(r.err()).doesNotContain(MailServer.PASSWORD);
    }
  }

  @Test
  void aBadConfigurationListsEveryProblemAndExitsTwo() throws IOException {
    Path config = dir.resolve("comity-bot.properties");
    Files.writeString(config, "imap.host = imap.example.org\nimap.port = 99999\nbot.store = bot.db\n");

    Cli.Result r = cli().run("bot", "--config", config.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("comity: " + config + ":2:13: imap.port: port 99999 is outside 1..65535")
        .contains("comity: " + config + ": missing imap.user");
  }

  @Test
  void aMissingConfigurationFileExitsTwo() {
    Cli.Result r = cli().run("bot", "--config", dir.resolve("absent.properties").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("absent.properties: no such file");
  }

  @Test
  void anUnreachableServerOnTheFirstConnectionExitsTwo() throws IOException {
    Path config = dir.resolve("comity-bot.properties");
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    Files.writeString(
        config,
        "imap.host = 127.0.0.1\nimap.port = 1\nimap.security = none\nimap.user = bot\nimap.password.env = P\n"
            + "bot.store = bot.db\n");

    Cli.Result r =
        cli().env("P", "pw").run("bot", "--config", config.toString(), "--no-bundled-lexicons", "--lexicon",
            Cli.TEST_LEXICON);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("comity: bot: cannot use 127.0.0.1:");
  }
}
