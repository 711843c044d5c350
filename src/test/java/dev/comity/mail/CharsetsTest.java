package dev.comity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CharsetsTest {
  /** Text of a bug report in several scripts; each charset encodes the characters it has. */
  private static final String SAMPLE =
      "The build fails: Größe naïve café façade — Сборка падает ビルド失敗 构建失败 빌드 실패 Η κατασκευή";

  /**
   * The JDK's charsets that encode, except the few (x-ISO-2022-CN-CNS) whose decoder cannot read what their encoder
   * writes.
   */
  static Stream<Charset> jdkCharsets() {
    return Charset.availableCharsets().values().stream()
        .filter(Charset::canEncode)
        .filter(c -> jdkDecode(sampleFor(c).getBytes(c), c) != null);
  }

  /** What the charset's own strict decoder makes of {@code bytes}, or null when it rejects them. */
  private static String jdkDecode(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The characters of {@link #SAMPLE} that {@code charset} can encode. */
  private static String sampleFor(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder text = new StringBuilder();
    SAMPLE.codePoints().filter(cp -> encoder.canEncode(Character.toString(cp))).forEach(text::appendCodePoint);
    return text.toString();
  }

  @ParameterizedTest
  @MethodSource("jdkCharsets")
  void decodesTextInEveryJdkCharsetThatDeclaresIt(Charset charset) {
    byte[] bytes = sampleFor(charset).getBytes(charset);
    // Not always the sample itself: some IBM and Microsoft code pages write U+2014 as a byte that reads as U+2015.
    String text = jdkDecode(bytes, charset);

    assertThat(Charsets.decode(bytes, charset.name())).isEqualTo(text);
    for (String alias : charset.aliases()) {
      assertThat(Charsets.decode(bytes, alias)).as(alias).isEqualTo(text);
    }
  }

  @Test
  void readsUtf8LabelledAsLatin1OrAsciiAsUtf8() {
    byte[] utf8 = "naïve — ok".getBytes(StandardCharsets.UTF_8);

    assertThat(Charsets.decode(utf8, "iso-8859-1")).isEqualTo("naïve — ok");
    assertThat(Charsets.decode(utf8, "us-ascii")).isEqualTo("naïve — ok");
    assertThat(Charsets.decode(utf8, "windows-1250")).isEqualTo("naïve — ok");
  }

  @Test
  void readsLatin1AndAsciiLabelsAsWindows1252SoCurlyQuotesSurvive() {
    byte[] cp1252 = {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0xe9};

    assertThat(Charsets.decode(cp1252, "ISO-8859-1")).isEqualTo("\u201chi\u201d é");
    assertThat(Charsets.decode(cp1252, "us-ascii")).isEqualTo("\u201chi\u201d é");
  }

  @Test
  void fallsBackForUnknownMissingAndQuotedLabels() {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xe9};

    assertThat(Charsets.decode(latin1, "unknown-8bit")).isEqualTo("café");
    assertThat(Charsets.decode(latin1, null)).isEqualTo("café");
    assertThat(Charsets.decode(latin1, " \"ISO-8859-15\" ")).isEqualTo("café");
    assertThat(Charsets.decode("café".getBytes(StandardCharsets.UTF_8), "x-no-such-charset")).isEqualTo("café");
  }

  @Test
  void mapsEveryByteWhenNothingElseFits() {
    byte[] undefinedInWindows1252 = {'a', (byte) 0x81, (byte) 0x8d, 'b'};

    assertThat(Charsets.decode(undefinedInWindows1252, "us-ascii")).isEqualTo("a\u0081\u008db");
  }
}
