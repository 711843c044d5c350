package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** TLS settings are checked here; the GreenMail tests run on loopback without TLS. */
class MailSessionsTest {
  private static BotConfig.Server server(BotConfig.Security security) {
    return new BotConfig.Server(
        "imap.example.org", 993, security, Optional.of("bot"), Optional.of(new Secret("pw")));
  }

  @Test
  void tlsEncryptsFromTheFirstByteAndChecksTheHostName() {
    Properties p = MailSessions.properties("imap", server(BotConfig.Security.TLS));

    assertThat(p)
        .containsEntry("mail.imap.ssl.enable", "true")
        .containsEntry("mail.imap.ssl.checkserveridentity", "true")
        .containsEntry("mail.imap.peek", "true")
        .doesNotContainKey("mail.imap.starttls.enable");
  }

  @Test
  void startTlsIsRequiredNotMerelyAttempted() {
    Properties p = MailSessions.properties("smtp", server(BotConfig.Security.STARTTLS));

    assertThat(p)
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsEntry("mail.smtp.auth", "true")
        .doesNotContainKey("mail.smtp.ssl.enable");
  }

  @Test
  void thePasswordIsNeverASessionProperty() {
    for (BotConfig.Security security : BotConfig.Security.values()) {
      assertThat(MailSessions.properties("imap", server(security)).values()).doesNotContain("pw");
    }
  }
}
