package dev.comity.mail;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.comity.FuzzText;
import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.HeaderRewriter.Field;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Coverage-guided fuzz targets for the mail reader and the filter's header rewriting. Under surefire they replay the
 * committed corpus in {@code MailFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} they fuzz (README "Fuzzing").
 */
class MailFuzzTest {
  private static final Moderator MODERATOR = Moderator.builder().build();

  /**
   * Any bytes, read as an mbox archive and as one message: the archive splits into messages no bigger than itself, every
   * message parses without throwing, and scoring it gives a report without failures whose spans cover their text.
   */
  @FuzzTest
  void readMail(byte[] data) throws IOException {
    List<byte[]> messages = new ArrayList<>();
    try (MboxReader reader = new MboxReader(new ByteArrayInputStream(data))) {
      for (MboxReader.RawMessage m = reader.next(); m != null; m = reader.next()) {
        assertThat(m.bytes().length).isLessThanOrEqualTo(data.length);
        assertThat(m.line()).isPositive();
        messages.add(m.bytes());
      }
    } catch (IOException e) {
      // Only gzip input can fail to read (a corrupt or truncated stream); plain bytes always split.
      assertThat(data.length >= 2 && (data[0] & 0xFF) == 0x1f && (data[1] & 0xFF) == 0x8b).as("%s", e).isTrue();
    }
    messages.add(data);
    for (byte[] raw : messages) {
      Message message = MailParser.parse(raw);
      Report report = MODERATOR.check(message);
      assertThat(report.failures()).isEmpty();
      for (Finding f : report.findings()) {
        assertThat(f.span().coveredText(message.text())).isEqualTo(f.text());
      }
    }
  }

  /**
   * Whatever the message and whatever the values, the rewritten header holds exactly the fields written (no value can
   * start a line of its own, no incoming X-Comity-* field survives), in lines of printable ASCII under 998 octets, and
   * every other byte of the message is kept in order.
   */
  @FuzzTest
  void rewriteHeaders(byte[] data) {
    int split = data.length == 0 ? 0 : (data[0] & 0xFF) % (data.length);
    byte[] raw = Arrays.copyOfRange(data, split, data.length);
    String value = FuzzText.decode(Arrays.copyOfRange(data, Math.min(1, split), split));
    List<Field> fields = List.of(new Field("X-Comity-Verdict", value), new Field("X-Comity-Findings", value + value));
    byte[] out = HeaderRewriter.rewrite(raw, raw.length, fields, true);
    String text = new String(out, ISO_8859_1);
    String input = new String(raw, ISO_8859_1);
    String eol = input.indexOf('\n') > 0 && input.charAt(input.indexOf('\n') - 1) == '\r' ? "\r\n" : "\n";
    int envelope = input.startsWith("From ") ? (input.indexOf('\n') < 0 ? input.length() : input.indexOf('\n') + 1) : 0;
    assertThat(text).startsWith(input.substring(0, envelope));
    // The written fields: 'X-Comity-' lines, each followed only by continuation lines starting with a space.
    int pos = envelope;
    int written = 0;
    while (pos < text.length() && (written < fields.size() || text.charAt(pos) == ' ')) {
      int end = text.indexOf(eol, pos);
      assertThat(end).as("written lines end with the message's line ending").isGreaterThanOrEqualTo(0);
      String line = text.substring(pos, end);
      if (line.startsWith(" ")) {
        assertThat(written).isPositive();
      } else {
        assertThat(line).startsWith(fields.get(written).name() + ":");
        written++;
      }
      assertThat(line.length()).isLessThan(998);
      assertThat(line.chars().allMatch(c -> c >= ' ' && c < 127)).as("printable ASCII: %s", line).isTrue();
      pos = end + eol.length();
    }
    assertThat(written).isEqualTo(fields.size());
    // The rest is the input with the incoming X-Comity-* fields of its header block removed, nothing else.
    String rest = text.substring(pos);
    int headerEnd = headerEnd(input, envelope);
    String header = input.substring(envelope, headerEnd);
    assertThat(input.substring(headerEnd)).isEqualTo(rest.substring(rest.length() - (input.length() - headerEnd)));
    String keptHeader = rest.substring(0, rest.length() - (input.length() - headerEnd));
    for (String line : keptHeader.split("\n", -1)) {
      assertThat(line.toLowerCase(Locale.ROOT)).doesNotStartWith("x-comity-");
    }
    assertThat(isSubsequence(keptHeader, header)).isTrue();
  }

  /** Where the header block ends: at its empty line, or the whole input when there is none. */
  private static int headerEnd(String s, int from) {
    int pos = from;
    while (pos < s.length()) {
      if (s.charAt(pos) == '\n' || s.startsWith("\r\n", pos)) {
        return pos;
      }
      int nl = s.indexOf('\n', pos);
      pos = nl < 0 ? s.length() : nl + 1;
    }
    return s.length();
  }

  private static boolean isSubsequence(String part, String whole) {
    int i = 0;
    for (int k = 0; k < whole.length() && i < part.length(); k++) {
      if (whole.charAt(k) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }
}
