package dev.comity.mail.bot;

import java.util.Properties;

/** Jakarta Mail session properties for one server: TLS settings, host name checks, timeouts. */
final class MailSessions {
  /** Connecting and each read or write give up after this long, so a dead server is noticed. */
  static final int TIMEOUT_MILLIS = 60_000;

  private MailSessions() {}

  /**
   * Properties for {@code protocol} ({@code imap} or {@code smtp}) on {@code server}. TLS uses the JVM's trust store
   * ({@code -Djavax.net.ssl.trustStore=...} for a private CA) and checks that the certificate names the host.
   */
  static Properties properties(String protocol, BotConfig.Server server) {
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.setProperty(p + "host", server.host());
    props.setProperty(p + "port", Integer.toString(server.port()));
    props.setProperty(p + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    // Bounds each command's reply; Angus waits through read timeouts while in IDLE, which the bot renews anyway.
    props.setProperty(p + "timeout", Integer.toString(TIMEOUT_MILLIS));
    props.setProperty(p + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
    switch (server.security()) {
      case TLS -> {
        props.setProperty(p + "ssl.enable", "true");
        props.setProperty(p + "ssl.checkserveridentity", "true");
      }
      case STARTTLS -> {
        props.setProperty(p + "starttls.enable", "true");
        props.setProperty(p + "starttls.required", "true");
        props.setProperty(p + "ssl.checkserveridentity", "true");
      }
      case NONE -> {
        // Loopback only; BotConfig refuses it for other hosts.
      }
    }
    if (protocol.equals("smtp")) {
      props.setProperty(p + "auth", Boolean.toString(server.user().isPresent()));
    } else {
      // Reading without setting \Seen: the moderators' own clients should still show new mail as unread.
      props.setProperty(p + "peek", "true");
    }
    return props;
  }
}
