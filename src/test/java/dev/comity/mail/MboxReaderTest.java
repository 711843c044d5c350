package dev.comity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxReaderTest {
  private static List<MboxReader.RawMessage> split(byte[] mbox) throws IOException {
    List<MboxReader.RawMessage> messages = new ArrayList<>();
    try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox))) {
      for (MboxReader.RawMessage m = reader.next(); m != null; m = reader.next()) {
        messages.add(m);
      }
    }
    return messages;
  }

  private static String text(MboxReader.RawMessage m) {
    return new String(m.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void splitsAtFromLinesAndUnescapesFromInBodies() throws IOException {
    List<MboxReader.RawMessage> messages = split(MailParserTest.fixture("three.mbox"));

    assertThat(messages).extracting(MboxReader.RawMessage::line).containsExactly(1L, 8L, 20L);
    assertThat(text(messages.get(0))).startsWith("From: Anna <anna@example.org>\n");
    assertThat(text(messages.get(1)))
        .contains("\nFrom what I measured it is 20% faster.\n>From here on it is quoted.\n")
        .contains("\nFrom me to you: thanks.\n");
    assertThat(MailParser.parse(messages.get(2).bytes()).id()).contains("<m3@example.org>");
  }

  @Test
  void readsGzipCompressedArchives(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2026-November.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(MailParserTest.fixture("three.mbox"));
    }

    try (Stream<Message> messages = MailReader.messages(file)) {
      assertThat(messages.map(m -> m.id().orElseThrow()))
          .containsExactly("<m1@example.org>", "<m2@example.org>", "<m3@example.org>");
    }
  }

  @Test
  void keepsContentBeforeTheFirstFromLineAndHandlesCrlfAndAMissingFinalNewline() throws IOException {
    byte[] mbox = "Subject: stray\r\n\r\nstray text\r\n\r\nFrom a@b Mon Nov 16 09:00:00 2026\r\nSubject: x\r\n\r\nlast"
        .getBytes(StandardCharsets.UTF_8);

    List<MboxReader.RawMessage> messages = split(mbox);

    assertThat(messages).extracting(MboxReaderTest::text)
        .containsExactly("Subject: stray\r\n\r\nstray text\r\n\r\n", "Subject: x\r\n\r\nlast");
  }

  @Test
  void splitsOnlyAtFromLinesWithAnAsctimeDateWithOrWithoutABlankLineBefore() throws IOException {
    byte[] mbox = String.join("\n",
        "From a@b Mon Nov 16 09:00:00 2026", "Subject: one", "", "body", "-- footer",
        "From b at c.org  Tue Nov 17 10:00:00 2026", "Subject: two", "", "From then on, at 10:00 it worked.",
        "", "From Mon to Fri 10:00 we test.", "")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(split(mbox)).extracting(MboxReaderTest::text)
        .containsExactly("Subject: one\n\nbody\n-- footer\n", "Subject: two\n\nFrom then on, at 10:00 it worked.\n\nFrom Mon to Fri 10:00 we test.\n");
  }

  @Test
  void readsAnEmlFileAsOneMessage() throws IOException {
    try (Stream<Message> messages = MailReader.messages(Path.of("src/test/resources/mail/alternative.eml"))) {
      assertThat(messages.map(Message::text)).containsExactly("The flake is a race in the watcher; plain text wins.");
    }
  }

  @Test
  void readsNothingFromAnEmptyArchive() throws IOException {
    assertThat(split(new byte[0])).isEmpty();
    assertThat(split("\n\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void readsMaildirCurThenNewAndSkipsTmp(@TempDir Path dir) throws IOException {
    for (String sub : List.of("cur", "new", "tmp")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Files.write(dir.resolve("new/1700000002.M1.host"), MailParserTest.fixture("alternative.eml"));
    Files.write(dir.resolve("cur/1700000001.M1.host:2,S"), MailParserTest.fixture("qp-utf8.eml"));
    Files.write(dir.resolve("tmp/1700000003.M1.host"), MailParserTest.fixture("html-only.eml"));

    assertThat(Maildir.isMaildir(dir)).isTrue();
    assertThat(Maildir.isMaildir(dir.resolve("cur"))).isFalse();
    try (Stream<Message> messages = MailReader.messages(dir)) {
      assertThat(messages.map(m -> m.id().orElseThrow()))
          .containsExactly("<20261117130211.4711@mail.example.org>", "<alt.1@example.net>");
    }
  }

  @Test
  void keepsTheStartOfAMessageOverTheCapAndSaysItWasCut() throws IOException {
    byte[] mbox = String.join("\n",
        "From a@b Mon Nov 16 09:00:00 2026", "Subject: long", "", "0123456789abcdefghijklmnopqrstuvwxyz",
        "From b@c Mon Nov 16 10:00:00 2026", "Subject: short", "", "ok", "",
        "From c@d Mon Nov 16 11:00:00 2026", "Subject: many lines", "", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "")
        .getBytes(StandardCharsets.UTF_8);

    List<MboxReader.RawMessage> messages = new ArrayList<>();
    try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox), 40)) {
      for (MboxReader.RawMessage m = reader.next(); m != null; m = reader.next()) {
        messages.add(m);
      }
    }

    assertThat(messages).extracting(MboxReaderTest::text)
        .containsExactly("Subject: long\n\n0123456789abcdefghijklmno", "Subject: short\n\nok\n\n",
            "Subject: many lines\n\na\nb\nc\nd\ne\nf\ng\nh\ni\nj");
    assertThat(messages).extracting(MboxReader.RawMessage::truncated).containsExactly(true, false, true);
  }
}
