package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture mail under {@code src/test/resources/mail} (each encoding, multipart shapes, broken MIME) gives a valid
 * report through {@code scan}; {@link FilterCommandTest} passes each through the filter.
 */
class MailFixturesTest {
  private static final Path MAIL = Path.of("src/test/resources/mail");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static Stream<Path> fixtures() throws IOException {
    return Files.list(MAIL).filter(p -> p.toString().endsWith(".eml") || p.toString().endsWith(".mbox")).sorted();
  }

  private static List<JsonNode> reports(Cli.Result r) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      reports.add(JSON.readTree(line));
    }
    return reports;
  }

  /**
   * Asserts that a JSONL report is about its text: no failures, and each finding's span lies in the text, covers its
   * {@code text}, and sits at its line and column.
   */
  static void assertValid(JsonNode report) {
    assertThat(report.get("failures")).isEmpty();
    String text = report.get("text").asText();
    for (JsonNode f : report.get("findings")) {
      int start = f.get("start").asInt();
      int end = f.get("end").asInt();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(start, end)).isEqualTo(f.get("text").asText());
      int lineStart = text.lastIndexOf('\n', start - 1) + 1;
      assertThat(f.get("line").asInt()).isEqualTo(text.substring(0, start).split("\n", -1).length);
      assertThat(f.get("col").asInt()).isEqualTo(text.codePointCount(lineStart, start) + 1);
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void givesAValidReportForEveryFixture(Path mail) throws IOException {
    Cli.Result r = cli().scan("--format", "jsonl", "--include-text", mail.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    for (JsonNode report : reports(r)) {
      assertValid(report);
      assertThat(report.get("id").asText()).startsWith("<").endsWith(">");
      assertThat(report.get("truncated").asBoolean()).isFalse();
    }
  }

  @Test
  void findsWordsThatFormatFlowedSplitOverTwoLinesAtTheirPlaceInTheUnwrappedText() throws IOException {
    Path mail = tmp.resolve("flowed.eml");
    Files.writeString(mail, String.join("\n",
        "Message-ID: <flowed.split@example.org>",
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes",
        "",
        "Thanks for the review. Whoever wrote this is an idi ",
        "ot, and I say that as its author.",
        ""));

    JsonNode report = reports(cli().scan("--format", "jsonl", "--include-text", mail.toString())).get(0);

    assertValid(report);
    assertThat(report.get("findings").get(0).get("text").asText()).isEqualTo("idiot");
    assertThat(report.get("findings").get(0).get("col").asInt()).isEqualTo(49);
  }

  @Test
  void scansAFolderOfMailFilesRecursivelyInPathOrder() throws IOException {
    Files.createDirectories(tmp.resolve("2026/11"));
    Files.copy(MAIL.resolve("three.mbox"), tmp.resolve("2026/11/list.mbox"));
    Files.copy(MAIL.resolve("qp-utf8.eml"), tmp.resolve("2026/b.eml"));
    Files.copy(MAIL.resolve("alternative.eml"), tmp.resolve("a.eml"));
    Files.writeString(tmp.resolve("LICENSE.txt"), "not a message");

    Cli.Result r = cli().scan("--format", "jsonl", tmp.toString());

    assertThat(r.exit()).isZero();
    assertThat(reports(r)).extracting(n -> n.get("id").asText()).containsExactly(
        "<m1@example.org>", "<m2@example.org>", "<m3@example.org>",
        "<20261117130211.4711@mail.example.org>", "<alt.1@example.net>");
  }

  @Test
  void flagsAMailCutAtAReaderLimitAsTruncated() throws IOException {
    StringBuilder mail = new StringBuilder("Message-ID: <parts@example.org>\nContent-Type: multipart/mixed; boundary=b\n\n");
    for (int i = 1; i <= 1_001; i++) {
      mail.append("--b\nContent-Type: text/plain\n\nlog line ").append(i).append('\n');
    }
    Path file = tmp.resolve("parts.eml");
    Files.writeString(file, mail.append("--b--\n"));

    JsonNode report = reports(cli().scan("--format", "jsonl", "--include-text", file.toString())).get(0);

    assertThat(report.get("truncated").asBoolean()).isTrue();
    assertThat(report.get("text").asText()).endsWith("log line 1000");
  }

  @Test
  void givesAValidTruncatedReportForATenMegabyteBodyWithNulBytes() throws IOException {
    Path file = tmp.resolve("big.eml");
    Files.write(file, tenMegabyteMail());

    Cli.Result r = cli().scan("--format", "jsonl", "--include-text", file.toString());

    JsonNode report = reports(r).get(0);
    assertValid(report);
    assertThat(report.get("id").asText()).isEqualTo("<big.log@example.org>");
    assertThat(report.get("truncated").asBoolean()).isTrue();
    assertThat(report.get("findings")).isNotEmpty();
  }

  /** A build log pasted into a mail: 10 MB of text with NUL bytes and an insult near the start. */
  static byte[] tenMegabyteMail() {
    String line = "[ 12.345] worker 7: retry \0\0 after timeout, state=0x00 \0\n";
    return ("From: CI <ci@example.org>\nMessage-ID: <big.log@example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
            + "Here is the full log, idiot.\n" + line.repeat(10_000_000 / line.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void printsReadingAndThreadingFiguresWithStats() {
    Cli.Result r = cli().scan("--format", "jsonl", "--stats", MAIL.resolve("three.mbox").toString(),
        MAIL.resolve("alternative.eml").toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(4);
    assertThat(r.err()).startsWith("comity: 4 messages (4 mail in 2 threads), ").contains(" msg/s, ")
        .contains(" MB/s; peak heap ");
  }
}
