package dev.comity.mail;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.mail.HeaderRewriter.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRewriterTest {
  private static final List<Field> VERDICT = List.of(new Field("X-Comity-Verdict", "review"));

  private static String rewrite(String raw, List<Field> fields, boolean strip) {
    byte[] bytes = raw.getBytes(ISO_8859_1);
    return new String(HeaderRewriter.rewrite(bytes, bytes.length, fields, strip), ISO_8859_1);
  }

  @Test
  void addsFieldsAtTheTopAndKeepsEveryOtherByte() {
    String mail = "Subject: hi\nFrom: a@b\n\nbody \u00e9\u00ff\n";
    assertThat(rewrite(mail, VERDICT, true)).isEqualTo("X-Comity-Verdict: review\n" + mail);
  }

  @Test
  void endsAddedLinesWithCrlfWhenTheMessageUsesCrlf() {
    String mail = "Subject: hi\r\n\r\nbody\n";
    assertThat(rewrite(mail, VERDICT, true)).isEqualTo("X-Comity-Verdict: review\r\n" + mail);
  }

  @Test
  void removesForgedFieldsWithTheirContinuationLinesWhateverTheirCase() {
    String mail =
        "Subject: hi\r\nX-COMITY-verdict: ok\r\n\tstill forged\r\n  more\r\nTo: x@y\r\nx-comity-score: 0\r\n\r\n"
            + "X-Comity-Verdict: ok in the body stays\r\n";
    assertThat(rewrite(mail, VERDICT, true))
        .isEqualTo(
            "X-Comity-Verdict: review\r\nSubject: hi\r\nTo: x@y\r\n\r\nX-Comity-Verdict: ok in the body stays\r\n");
  }

  @Test
  void breaksHeaderLinesAtABareCarriageReturnAndKeepsEveryOtherByte() {
    String mail = "Subject: hi\rX-Comity-Score: 0\r more\rTo: a@b\r\nCc: c@d\n\nbody\rX-Comity-Verdict: ok\n";
    assertThat(rewrite(mail, VERDICT, true))
        .isEqualTo("X-Comity-Verdict: review\nSubject: hi\rTo: a@b\r\nCc: c@d\n\nbody\rX-Comity-Verdict: ok\n");
  }

  @Test
  void dropsContinuationLinesBeforeTheFirstFieldUnlessTheyMayGoOnPastTheInput() {
    assertThat(rewrite(" orphan\n\tline\r\nSubject: hi\n\nbody\n", VERDICT, true))
        .isEqualTo("X-Comity-Verdict: review\nSubject: hi\n\nbody\n");
    assertThat(rewrite(" orphan\nSubject: h", VERDICT, false)).isEqualTo("X-Comity-Verdict: review\nSubject: h");
    assertThat(rewrite(" orphan, cut", VERDICT, false)).isEqualTo("X-Comity-Verdict: review\n orphan, cut");
    assertThat(rewrite(" not a message", VERDICT, true)).isEqualTo("X-Comity-Verdict: review\n");
  }

  @Test
  void leavesForgedFieldsWhenNotAskedToStrip() {
    String mail = "X-Comity-Verdict: ok\n";
    assertThat(rewrite(mail, VERDICT, false)).isEqualTo("X-Comity-Verdict: review\n" + mail);
  }

  @Test
  void treatsAMessageWithoutBlankLineAsAllHeader() {
    assertThat(rewrite("Subject: hi\nX-Comity-Score: 0.0", VERDICT, true))
        .isEqualTo("X-Comity-Verdict: review\nSubject: hi\n");
  }

  @Test
  void keepsAnMboxEnvelopeLineFirst() {
    String mail = "From a@b Sun Nov 22 05:00:00 2026\nX-Comity-Verdict: ok\nSubject: hi\n\nbody\n";
    assertThat(rewrite(mail, VERDICT, true))
        .isEqualTo("From a@b Sun Nov 22 05:00:00 2026\nX-Comity-Verdict: review\nSubject: hi\n\nbody\n");
  }

  @Test
  void valuesCannotStartHeaderLinesOfTheirOwn() {
    String line = HeaderRewriter.format(new Field("X-Comity-Findings", "a\r\nX-Evil: 1\rb\nc\u0000d\u00e9"), "\r\n");
    assertThat(line).isEqualTo("X-Comity-Findings: a X-Evil: 1 b c d?\r\n");
  }

  @Test
  void foldsLongValuesAtSpacesAndCapsTheirLength() {
    String value = "en/insult/idiot 12:34, ".repeat(100);
    String field = HeaderRewriter.format(new Field("X-Comity-Findings", value), "\n");
    String[] lines = field.split("\n");
    assertThat(lines).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(78));
    assertThat(Arrays.copyOfRange(lines, 1, lines.length)).allSatisfy(l -> assertThat(l).startsWith(" "));
    assertThat(field.replace("\n ", " ").length()).isLessThanOrEqualTo(HeaderRewriter.MAX_VALUE + 20);
  }

  @Test
  void tellsMessagesFromGarbage() {
    assertThat(looks("Subject: hi\n\nbody")).isTrue();
    assertThat(looks("From a@b Sun Nov 22 05:00:00 2026\nSubject: hi\n")).isTrue();
    assertThat(looks("\u0000\u00ff\u0001 binary: junk")).isFalse();
    assertThat(looks("Subject : obsolete but valid\n")).isTrue();
    assertThat(looks("no header here\n")).isFalse();
    assertThat(looks("Subject")).isFalse();
    assertThat(looks(": no name\n")).isFalse();
    assertThat(looks("")).isFalse();
  }

  @Test
  void findsTheEndOfTheHeaderBlock() {
    assertThat(HeaderRewriter.hasHeaderEnd(bytes("Subject: hi\r\n\r\nbody"), 15)).isTrue();
    assertThat(HeaderRewriter.hasHeaderEnd(bytes("Subject: hi\r\n\r\nbody"), 13)).isFalse();
  }

  @Test
  void refusesFieldNamesItWouldNotRemove() {
    assertThatThrownBy(() -> new Field("Subject", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Field("X-Comity-", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Field("X-Comity-A:B", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean looks(String raw) {
    byte[] b = bytes(raw);
    return HeaderRewriter.looksLikeMessage(b, b.length);
  }

  private static byte[] bytes(String raw) {
    return raw.getBytes(ISO_8859_1);
  }
}
