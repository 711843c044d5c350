package dev.comity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void unwrapsFormatFlowedSoSpansReferToTheUnwrappedText() {
    String text = parse("flowed-delsp.eml").text();

    assertThat(text)
        .contains("> Anyone who still wants the old loader is an idiot, frankly. It has been deprecated since 3.1 and"
            + " nobody has stepped up to maintain it.\n")
        .contains("the loader has had no commit since 2023. Let's remove it in 5.0 and document the migration path")
        .endsWith("\n-- \nMira\n");
    assertThat(parse("flowed.eml").text())
        .startsWith(">> Why is the nightly job red for the third day in a row? Nobody reads the logs.\n"
            + "> Because the runner image was updated and the cache is stale. I cleared it this morning.\n\n")
        .contains("\nSpace-stuffed line that starts with a space.\n");
  }

  @Test
  void readsAForwardedMessageAsAQuoteAfterTheSendersOwnText() {
    assertThat(parse("forwarded.eml").text())
        .isEqualTo("Forwarding this so the timeout is on the list; can someone look at it?\n\n"
            + "> Build 4411 failed: test_resize timed out after 600 s.\n> Meh, flaky again.\n");
    assertThat(parse("digest.eml").text())
        .isEqualTo("> Take the inode lock first, then the page lock.\n\n> Agreed; lockdep will complain otherwise.\n");
  }

  @Test
  void keepsTheOuterHeaderWhenAForwardedMessageHasItsOwn() {
    Message m = parse("forwarded.eml");

    assertThat(m.id()).contains("<fwd.1@example.es>");
    assertThat(m.header("Subject")).containsExactly("Fwd: nightly build failed");
  }

  @Test
  void decodesEachCharsetAndTransferEncoding() {
    assertThat(parse("koi8r-base64.eml").text()).isEqualTo("Сборка падает на 32-битных системах.\n");
    assertThat(parse("shift-jis-8bit.eml").text()).isEqualTo("ビルドが失敗しました。テストは idiot なコードではありません。\n");
    assertThat(parse("shift-jis-8bit.eml").header("Subject")).containsExactly("ビルド失敗");
    assertThat(parse("utf16-base64.eml").text()).isEqualTo("Der Test schlägt fehl, weil die Zeitzone fehlt.\n");
    assertThat(parse("windows-1252-labelled-latin1.eml").text())
        .isEqualTo("I said \u201cdon\u2019t merge\u201d twice \u2013 and it got merged anyway.\n");
    assertThat(parse("unknown-charset.eml").text()).contains("says \u201cStraße\u201d correctly");
    assertThat(parse("crlf-nul.eml").text())
        .isEqualTo("The dump has NUL bytes \0\0 where the path should be.\nOnly an idiot\0 would paste a binary into a"
            + " mail, I know.\n");
  }

  @Test
  void readsBrokenMultipartShapes() {
    assertThat(parse("missing-close-boundary.eml").text())
        .isEqualTo("The backtrace points at the unaligned load in hash_bytes(); the mail was\n"
            + "cut off by my client before the closing boundary.");
    assertThat(parse("multipart-without-boundary.eml").text())
        .isEqualTo("The mirror is back; the gateway that sent this forgot the boundary parameter.\n");
    assertThat(parse("binary-attachment-8bit.eml").text())
        .isEqualTo("Core file attached, sent raw by a mailer that does not encode attachments.");
    assertThat(parse("headers-only.eml").text()).isEmpty();
  }

  @Test
  void prefersPlainTextInANestedAlternativeAndAppendsTheDiff() {
    assertThat(parse("nested-alternative.eml").text())
        .isEqualTo("The new dashboard is live; the graph below shows the p99 latency.\n\n"
            + "--- a/dash.yml\n+++ b/dash.yml\n@@ -1 +1 @@\n-p95: true\n+p99: true");
  }

  /** A multipart/mixed message of {@code parts} one-line text parts. */
  private static byte[] manyParts(int parts) {
    StringBuilder mail = new StringBuilder("Message-ID: <many@example.org>\nContent-Type: multipart/mixed; boundary=b\n\n");
    for (int i = 1; i <= parts; i++) {
      mail.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    return mail.append("--b--\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void stopsAtTheMaximumNumberOfPartsAndSaysSo() {
    byte[] raw = manyParts(10_000);

    MailParser.Parsed capped = MailParser.parse(raw, MailLimits.DEFAULT);
    MailParser.Parsed all = MailParser.parse(raw, new MailLimits(10_000, 32, 1 << 20));

    assertThat(capped.truncated()).isTrue();
    assertThat(capped.message().text()).startsWith("part 1\n\npart 2\n").endsWith("\npart 1000");
    assertThat(capped.message().id()).contains("<many@example.org>");
    assertThat(all.truncated()).isFalse();
    assertThat(all.message().text().lines()).hasSize(2 * 10_000 - 1).last().isEqualTo("part 10000");
  }

  @Test
  void keepsTheAlternativeAlreadyReadWhenThePartLimitStopsReading() {
    byte[] raw = ("Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: multipart/alternative; boundary=a\n\n"
        + "--a\nContent-Type: text/plain\n\nplain wins\n--a\nContent-Type: text/html\n\n<p>html loses</p>\n--a--\n"
        + "--m\nContent-Type: text/plain\n\nnot read\n--m--\n").getBytes(StandardCharsets.UTF_8);

    assertThat(MailParser.parse(raw, new MailLimits(2, 32, 100)))
        .isEqualTo(new MailParser.Parsed(Message.of("plain wins"), true));
    assertThat(MailParser.parse(raw, new MailLimits(4, 32, 100)))
        .isEqualTo(new MailParser.Parsed(Message.of("plain wins\n\nnot read"), false));
  }

  @Test
  void readsDeeplyNestedMultipartsBelowTheDepthLimitAsRawText() {
    int depth = 10_000;
    StringBuilder mail = new StringBuilder("Message-ID: <deep@example.org>\n");
    for (int i = 0; i < depth; i++) {
      mail.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
    }
    mail.append("Content-Type: text/plain\n\nthe innermost text\n");
    for (int i = depth - 1; i >= 0; i--) {
      mail.append("--b").append(i).append("--\n");
    }
    byte[] raw = mail.toString().getBytes(StandardCharsets.UTF_8);

    MailParser.Parsed deep = MailParser.parse(raw, MailLimits.DEFAULT);
    MailParser.Parsed shallow = MailParser.parse(raw, new MailLimits(1_000, 3, 1 << 20));

    assertThat(deep.truncated()).isTrue();
    assertThat(deep.message().text()).startsWith("--b31\nContent-Type: multipart/mixed; boundary=b32\n")
        .contains("the innermost text");
    assertThat(deep.message().id()).contains("<deep@example.org>");
    assertThat(shallow.truncated()).isTrue();
  }

  @Test
  void readsTextWithinTheDepthLimit() {
    byte[] raw = ("Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/mixed; boundary=i\n\n"
        + "--i\nContent-Type: text/plain\n\ninner text\n--i--\n--o--\n").getBytes(StandardCharsets.UTF_8);

    assertThat(MailParser.parse(raw, new MailLimits(10, 3, 100)))
        .isEqualTo(new MailParser.Parsed(Message.of("inner text"), false));
    assertThat(MailParser.parse(raw, new MailLimits(10, 2, 100))).isEqualTo(new MailParser.Parsed(
        Message.of("--i\nContent-Type: text/plain\n\ninner text\n--i--"), true));
  }

  @Test
  void stopsDecodingTextAtTheByteLimit() {
    byte[] raw = "Content-Type: text/plain\n\n0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    assertThat(MailParser.parse(raw, new MailLimits(10, 10, 10)))
        .isEqualTo(new MailParser.Parsed(Message.of("0123456789"), true));
    assertThat(MailParser.parse(raw, new MailLimits(10, 10, 16)))
        .isEqualTo(new MailParser.Parsed(Message.of("0123456789abcdef"), false));
  }

  @Test
  void refusesLimitsBelowOneNamingEach() {
    assertThatThrownBy(() -> new MailLimits(0, 1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxParts must be at least 1, got 0; maxTextBytes must be at least 1, got -5");
  }
}
