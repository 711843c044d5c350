package dev.comity.mail.bot;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Sends a batch of queued digest entries to the moderators as one plain-text mail, and thread alerts one per mail. The
 * Message-ID is derived from the store ids, so a mail sent again after a crash (between the SMTP server's acceptance
 * and the store recording it) carries the same Message-ID and mail clients and list servers drop the copy.
 */
final class DigestMailer {
  private final BotConfig.Digest config;
  private final String folder;
  private final String imapHost;
  private final Session session;

  DigestMailer(BotConfig.Digest config, String folder, String imapHost) {
    this.config = config;
    this.folder = folder;
    this.imapHost = imapHost;
    this.session = Session.getInstance(MailSessions.properties("smtp", config.smtp()));
  }

  /** Sends {@code entries} (at least one) in one mail; returns when the SMTP server has accepted it. */
  void send(List<ProgressStore.Queued> entries, Instant now) throws MessagingException {
    int n = entries.size();
    send(messageId("digest." + entries.get(0).id() + "-" + entries.get(n - 1).id() + "."
            + entries.get(0).queuedAt().toEpochMilli()),
        "[comity] " + n + (n == 1 ? " message" : " messages") + " flagged in " + folder, body(entries), now);
  }

  /** Sends one queued thread alert; returns when the SMTP server has accepted it. */
  void send(ProgressStore.Alert alert, Instant now) throws MessagingException {
    send(messageId("alert." + alert.id() + "." + alert.queuedAt().toEpochMilli()), alert.subject(), alert.body(), now);
  }

  private void send(String messageId, String subject, String body, Instant now) throws MessagingException {
    MimeMessage mail = new FixedIdMessage(session, messageId);
    mail.setFrom(new InternetAddress(config.from()));
    for (String to : config.to()) {
      mail.addRecipient(RecipientType.TO, new InternetAddress(to));
    }
    mail.setSubject(subject, "UTF-8");
    mail.setSentDate(Date.from(now));
    mail.setHeader("Auto-Submitted", "auto-generated");
    mail.setText(body, "UTF-8");
    BotConfig.Server smtp = config.smtp();
    if (smtp.user().isPresent() && smtp.password().isPresent()) {
      Transport.send(mail, smtp.user().get(), smtp.password().get().reveal());
    } else {
      Transport.send(mail);
    }
  }

  private String body(List<ProgressStore.Queued> entries) {
    StringBuilder out = new StringBuilder();
    out.append("Comity flagged ").append(entries.size()).append(entries.size() == 1 ? " message" : " messages")
        .append(" in ").append(folder).append(" on ").append(imapHost).append(".\n")
        .append("Each finding shows its span between [[ and ]] with some words around it; line:col count from 1 in\n")
        .append("the decoded message body. The findings are evidence for a moderator's decision, not a verdict.\n");
    for (ProgressStore.Queued q : entries) {
      out.append('\n').append(q.entry());
    }
    return out.toString();
  }

  private String messageId(String local) throws AddressException {
    String address = new InternetAddress(config.from()).getAddress();
    String domain = address.substring(address.indexOf('@') + 1);
    return "<comity-" + local + "@" + domain + ">";
  }

  /** A message whose Message-ID is ours, not the random one {@link MimeMessage#saveChanges()} would assign. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
