package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.ConfigurationException;
import dev.comity.api.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> problems(Path file, Map<String, String> env) {
    return ((ConfigurationException)
            org.assertj.core.api.Assertions.catchThrowable(() -> BotConfig.load(file, env)))
        .problems();
  }

  @Test
  void aFullConfigurationIsReadWithDefaultsAndPathsRelativeToTheFile() throws IOException {
    Path file =
        write(
            "comity-bot.properties",
            """
            # moderation bot for dev@lists.example.org
            imap.host = imap.example.org
            imap.user = comity-bot
            imap.password.env = COMITY_IMAP_PASSWORD
            bot.store = state/bot.db
            bot.move-to: Moderation/Review
            digest.to = mods@example.org, lead@example.org
            digest.from = comity-bot@example.org
            smtp.host = smtp.example.org
            smtp.security = starttls
            """);

    BotConfig config = BotConfig.load(file, Map.of("COMITY_IMAP_PASSWORD", "hunter2"));

    assertThat(config.imap().port()).isEqualTo(993);
    assertThat(config.imap().security()).isEqualTo(BotConfig.Security.TLS);
    assertThat(config.imap().password().orElseThrow().reveal()).isEqualTo("hunter2");
    assertThat(config.folder()).isEqualTo("INBOX");
    assertThat(config.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(config.keyword()).isEqualTo("$ComityFlagged");
    assertThat(config.moveTo()).contains("Moderation/Review");
    assertThat(config.backlog()).isFalse();
    assertThat(config.storeFile()).isEqualTo(dir.resolve("state/bot.db"));
    assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(60));
    BotConfig.Digest digest = config.digest().orElseThrow();
    assertThat(digest.to()).containsExactly("mods@example.org", "lead@example.org");
    assertThat(digest.smtp().port()).isEqualTo(587);
    assertThat(digest.smtp().user()).isEmpty();
    assertThat(digest.batchSize()).isEqualTo(20);
    assertThat(digest.maxDelay()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.toString()).doesNotContain("hunter2");
    BotConfig.ThreadAlerts alerts = config.threadAlerts().orElseThrow();
    assertThat(alerts.history()).isEqualTo(dir.resolve("state/participants.db"));
    assertThat(alerts.keyFile()).isEqualTo(dir.resolve("state/participants.db.key"));
  }

  @Test
  void threadAlertsNeedModeratorsAndAnAuthorKeyOnlyItsOwnerCanRead() throws IOException {
    Path noDigest = write("no-digest.properties", """
        imap.host = imap.example.org
        imap.user = comity-bot
        imap.password.env = P
        bot.store = bot.db
        thread.alerts = true
        """);
    assertThat(problems(noDigest, Map.of("P", "x")))
        .containsExactly(noDigest + ":5:17: thread.alerts: is true but digest.to is not set, so there is no one to alert");

    Path key = write("authors.key", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    Path open = write("open-key.properties", """
        imap.host = imap.example.org
        imap.user = comity-bot
        imap.password.env = P
        bot.store = bot.db
        digest.to = mods@example.org
        digest.from = comity-bot@example.org
        smtp.host = smtp.example.org
        thread.history = history/participants.db
        thread.key-file = authors.key
        """);
    assertThat(problems(open, Map.of("P", "x"))).singleElement().asString()
        .startsWith(open + ":9:19: thread.key-file: ")
        .contains("can be read or written by group or others; run chmod 600");

    Path off = write("off.properties", Files.readString(open).replace("thread.key-file = authors.key\n", "")
        + "thread.alerts = false\n");
    assertThat(problems(off, Map.of("P", "x")))
        .containsExactly(off + ":8:18: thread.history: is set but thread alerts are off");
  }

  @Test
  void everyProblemIsListedWithFileLineAndColumn() throws IOException {
    Path file =
        write(
            "broken.properties",
            """
            imap.host = imap.example.org
            imap.prot = 993
            imap.user = comity-bot
            imap.password.env = COMITY_IMAP_PASSWORD
            imap.poll-interval = 5 minutes
            bot.verdict = ok
            bot.keyword = needs review
            bot.store = bot.db
            bot.store = other.db
            digest.batch-size = -3
            just some words
            """);

    List<String> problems = problems(file, Map.of());

    String f = file.toString();
    assertThat(problems)
        .containsExactlyInAnyOrder(
            f + ":11:1: expected 'key = value'",
            f + ":9:1: duplicate key 'bot.store', first set on line 8",
            f + ":2:1: unknown key 'imap.prot'; known keys: " + String.join(", ", BotConfig.KEYS),
            f + ":4:21: imap.password.env: environment variable COMITY_IMAP_PASSWORD is not set",
            f + ":5:22: imap.poll-interval: '5 minutes' is not a number",
            f + ":6:15: bot.verdict: 'ok' would act on every message; use review or violation",
            f + ":7:15: bot.keyword: 'needs review' is not an IMAP keyword: use letters, digits and $-_. (no spaces"
                + " or ( ) { % * \" \\ ])",
            f + ":10:21: digest.batch-size: is set but digest.to is not, so no digest would be sent");
  }

  @Test
  void missingRequiredKeysAreNamed() throws IOException {
    Path file = write("empty.properties", "# nothing yet\n");

    assertThat(problems(file, Map.of()))
        .contains(file + ": missing imap.host", file + ": missing imap.user", file + ": missing bot.store");
  }

  @Test
  void plainTextConnectionsAreRefusedForHostsOtherThanLoopback() throws IOException {
    String common = "imap.user = bot\nimap.password.env = P\nbot.store = bot.db\nimap.security = none\n";
    Path remote = write("remote.properties", "imap.host = imap.example.org\n" + common);
    Path local = write("local.properties", "imap.host = 127.0.0.1\n" + common);

    assertThat(problems(remote, Map.of("P", "x")))
        .singleElement()
        .asString()
        .contains(":5:17: imap.security: 'none' would send the password in clear text to imap.example.org");
    assertThat(BotConfig.load(local, Map.of("P", "x")).imap().port()).isEqualTo(143);
  }

  @Test
  void aPasswordFileReadableByGroupOrOthersIsRefused() throws IOException {
    Path secret = write("imap.pass", "s3cret from file\n");
    Path file =
        write(
            "bot.properties",
            "imap.host = imap.example.org\nimap.user = bot\nimap.password.file = imap.pass\nbot.store = bot.db\n");

    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(problems(file, Map.of()))
        .singleElement()
        .asString()
        .startsWith(file + ":3:22: imap.password.file: " + secret + " can be read or written by group or others")
        .doesNotContain("s3cret");

    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    assertThat(BotConfig.load(file, Map.of()).imap().password().orElseThrow().reveal()).isEqualTo("s3cret from file");
  }

  @Test
  void theSecretsNeverShowInTheConfigurationsText() throws IOException {
    Path file =
        write(
            "bot.properties",
            "imap.host = 127.0.0.1\nimap.security = none\nimap.user = bot\nimap.password.env = P\n"
                + "bot.store = bot.db\ndigest.to = m@example.org\ndigest.from = b@example.org\n"
                + "smtp.host = 127.0.0.1\nsmtp.security = none\nsmtp.user = bot\nsmtp.password.env = Q\n");

    BotConfig config = BotConfig.load(file, Map.of("P", "imap-pw-123", "Q", "smtp-pw-456"));

    assertThat(config.toString()).doesNotContain("imap-pw-123").doesNotContain("smtp-pw-456").contains("[secret]");
  }

  @Test
  void digestAddressesMustBeMailAddresses() throws IOException {
    Path file =
        write(
            "bot.properties",
            "imap.host = imap.example.org\nimap.user = bot\nimap.password.env = P\nbot.store = bot.db\n"
                + "digest.to = mods at example dot org, lead@example.org\ndigest.from = nobody\n"
                + "smtp.host = smtp.example.org\n");

    assertThat(problems(file, Map.of("P", "x")))
        .containsExactly(
            file + ":5:13: digest.to: 'mods at example dot org' is not a mail address",
            file + ":6:15: digest.from: 'nobody' is not a mail address");
  }

  @Test
  void lineContinuationsAreRefusedRatherThanJoined() throws IOException {
    Path file = write("cont.properties", "imap.host = imap.example.org\\\n  .net\n");

    assertThat(problems(file, Map.of()))
        .contains(file + ":1:29: line continuations (a trailing '\\') are not supported");
  }

  @Test
  void anAbsentConfigurationFileIsAnIoError() {
    assertThatThrownBy(() -> BotConfig.load(dir.resolve("nope.properties"), Map.of()))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
