package dev.comity.mail.bot;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A GreenMail SMTP + IMAP server on loopback ports chosen by the OS, with the bot's mailbox and a moderators' address,
 * and a bot configuration file pointing at it.
 */
public final class MailServer implements AutoCloseable {
  public static final String BOT = "bot@lists.example.org";
  public static final String MODERATORS = "moderators@lists.example.org";
  public static final String PASSWORD_VARIABLE = "COMITY_TEST_IMAP_PASSWORD";
  public static final String PASSWORD = "correct horse battery staple";

  final GreenMail greenMail;
  final GreenMailUser bot;

  /** A server on ports the OS picks. */
  public MailServer() {
    this(0, 0);
  }

  /** A server on these ports, e.g. those of a server stopped before, to test reconnecting; 0 lets the OS pick. */
  MailServer(int smtpPort, int imapPort) {
    greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    bot = greenMail.setUser(BOT, "bot", PASSWORD);
  }

  /** Writes {@code comity-bot.properties} into {@code dir}, with {@code extra} lines appended, and loads it. */
  public BotConfig config(Path dir, String... extra) throws IOException {
    return BotConfig.load(configFile(dir, extra), Map.of(PASSWORD_VARIABLE, PASSWORD));
  }

  /** Lines in {@code extra} replace the default line with the same key. */
  public Path configFile(Path dir, String... extra) throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
            "# The test server: plain IMAP and SMTP on loopback",
            "imap.host = 127.0.0.1",
            "imap.port = " + greenMail.getImap().getPort(),
            "imap.security = none",
            "imap.user = bot",
            "imap.password.env = " + PASSWORD_VARIABLE,
            "bot.store = bot-state.db",
            "bot.backlog = process",
            "digest.to = " + MODERATORS,
            "digest.from = comity-bot@lists.example.org",
            "smtp.host = 127.0.0.1",
            "smtp.port = " + greenMail.getSmtp().getPort(),
            "smtp.security = none"));
    for (String line : extra) {
      String key = line.substring(0, line.indexOf('=') + 1);
      lines.removeIf(l -> l.startsWith(key));
      lines.add(line);
    }
    String text = String.join("\n", lines) + "\n";
    Path file = dir.resolve("comity-bot.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  /** Delivers one RFC 5322 message (LF line ends are fine) to the bot's INBOX. */
  public void deliver(String raw) {
    try {
      bot.deliver(
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  MailFolder folder(String name) {
    try {
      return name.equals("INBOX")
          ? greenMail.getManagers().getImapHostManager().getInbox(bot)
          : greenMail.getManagers().getImapHostManager().getFolder(bot, name);
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Message-IDs of the messages in a folder of the bot's mailbox, in UID order. */
  public List<String> ids(String folderName) {
    MailFolder folder = folder(folderName);
    return folder == null
        ? List.of()
        : folder.getMessages().stream().map(MailServer::messageId).collect(Collectors.toList());
  }

  /** Message-IDs of the messages in a folder that carry {@code keyword}. */
  public List<String> idsWith(String folderName, String keyword) {
    return folder(folderName).getMessages().stream()
        .filter(m -> m.getFlags().contains(keyword))
        .map(MailServer::messageId)
        .collect(Collectors.toList());
  }

  /** The digests the moderators received, as text. */
  public List<String> digests() {
    return greenMail
        .findReceivedMessages(u -> u.getEmail().equals(MODERATORS), m -> true)
        .map(MailServer::content)
        .collect(Collectors.toList());
  }

  private static String messageId(StoredMessage m) {
    try {
      return m.getMimeMessage().getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String content(MimeMessage m) {
    try {
      return "Subject: " + m.getSubject() + "\nMessage-ID: " + m.getMessageID() + "\n\n" + m.getContent();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
