package dev.comity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailParserTest {
  static byte[] fixture(String name) {
    try (InputStream in = MailParserTest.class.getResourceAsStream("/mail/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Message parse(String name) {
    return MailParser.parse(fixture(name));
  }

  @Test
  void decodesQuotedPrintableUtf8AndHeaders() {
    Message m = parse("qp-utf8.eml");

    assertThat(m.text())
        .contains("the naïve resize in\nring_grow()")
        .contains("This line is soft-wrapped by the encoder.");
    assertThat(m.id()).contains("<20261117130211.4711@mail.example.org>");
    assertThat(m.author()).contains("Lena Müller <lena@example.org>");
    assertThat(m.timestamp()).contains(Instant.parse("2026-11-17T13:02:11Z"));
    assertThat(m.inReplyTo()).contains("<20261117.1102.kurt@lists.example.org>");
    assertThat(m.references())
        .containsExactly("<20261116.0900.anna@lists.example.org>", "<20261117.1102.kurt@lists.example.org>");
    assertThat(m.header("Subject")).containsExactly("Re: [PATCH v2] größere Puffer");
    assertThat(m.header("List-Id")).containsExactly("Developer discussion <dev.lists.example.org>");
  }

  @Test
  void decodesBase64InTheDeclaredCharset() {
    Message m = parse("base64-latin1.eml");

    assertThat(m.text()).contains("El código de la señal está mal.");
    assertThat(m.author()).contains("José García <jose@example.es>");
    assertThat(m.timestamp()).contains(Instant.parse("2025-02-03T09:15:00Z"));
  }

  @Test
  void fallsBackWhenTheCharsetLabelIsWrongAndLeavesAnUnparsableDateAbsent() {
    Message m = parse("wrong-charset.eml");

    assertThat(m.text()).contains("The résumé field still breaks naïve parsers.");
    assertThat(m.timestamp()).isEmpty();
  }

  @Test
  void prefersThePlainTextAlternative() {
    assertThat(parse("alternative.eml").text())
        .isEqualTo("The flake is a race in the watcher; plain text wins.");
  }

  @Test
  void turnsHtmlOnlyMailIntoTextWithQuotesMarked() {
    String text = parse("html-only.eml").text();

    assertThat(text)
        .isEqualTo("We can ship on Friday if the tests pass.\nRegards,\nSam\n"
            + "> Only an idiot would ship on a Friday.");
  }

  @Test
  void appendsPatchAttachmentsAndIgnoresOtherAttachments() {
    String text = parse("patch-attachment.eml").text();

    assertThat(text).startsWith("Small typo fix attached, plus the screenshot.\n\n--- a/README\n+++ b/README");
    assertThat(text).contains("+the parser").doesNotContain("iVBOR").doesNotContain("Private notes");
  }

  @Test
  void readsTheBodyOfAMultipartWhoseBoundaryNeverOccurs() {
    Message m = parse("broken-boundary.eml");

    assertThat(m.text()).contains("the text should still be read.");
    assertThat(m.id()).contains("<broken.boundary@example.org>");
  }

  @Test
  void keepsWhatDecodesFromBadBase64() {
    assertThat(parse("bad-base64.eml").text()).contains("The stack trace is attached below.");
  }

  @Test
  void neverThrowsOnGarbage() {
    byte[] garbage = new byte[4096];
    new java.util.Random(42).nextBytes(garbage);

    assertThat(MailParser.parse(garbage).text()).isNotNull();
    assertThat(MailParser.parse(new byte[0]).text()).isEmpty();
    assertThat(MailParser.parse("no headers at all\0 and a NUL".getBytes(StandardCharsets.UTF_8)).id()).isEmpty();
  }

  @Test
  void readsATenMegabyteBodyWithNulBytes() {
    String line = "A long log line from the nightly build, with a NUL \0 in it.\n";
    String body = line.repeat(10_000_000 / line.length());
    byte[] raw = ("Message-ID: <big@example.org>\nContent-Type: text/plain; charset=utf-8\n\n" + body)
        .getBytes(StandardCharsets.UTF_8);

    Message m = MailParser.parse(raw);

    assertThat(m.text()).hasSize(body.length()).isEqualTo(body);
    assertThat(m.id()).contains("<big@example.org>");
  }

  @Test
  void takesMessageIdsFromHeadersWithComments() {
    assertThat(MailParser.messageIds("<a@x> (comment) <b@y>\n <c@z>")).containsExactly("<a@x>", "<b@y>", "<c@z>");
    assertThat(MailParser.messageIds("no ids <")).isEmpty();
  }
}
