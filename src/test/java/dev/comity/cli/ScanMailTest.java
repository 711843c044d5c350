package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanMailTest {
  private static final String MAIL = "src/test/resources/mail/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<JsonNode> reports(Cli.Result r) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void scansMailFilesAndArchivesWithTheMessageIdAsReportId() throws IOException {
    Path gz = tmp.resolve("2026-November.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of(MAIL + "three.mbox")));
    }

    Cli.Result r = cli().scan("--format", "jsonl", MAIL + "qp-utf8.eml", MAIL + "three.mbox", gz.toString());

    assertThat(r.exit()).isZero();
    assertThat(reports(r)).extracting(n -> n.get("id").asText())
        .containsExactly("<20261117130211.4711@mail.example.org>",
            "<m1@example.org>", "<m2@example.org>", "<m3@example.org>",
            "<m1@example.org>", "<m2@example.org>", "<m3@example.org>");
  }

  @Test
  void scansAMaildirAndFlagsTheDecodedBodyNotItsQuotes() throws IOException {
    Files.createDirectories(tmp.resolve("cur"));
    Files.createDirectories(tmp.resolve("new"));
    Files.writeString(tmp.resolve("new/1700000001.M1.host"), String.join("\n",
        "From: Dev <dev@example.org>",
        "Message-ID: <flame@example.org>",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "> Could you split it?",
        "",
        "Only an id=69ot would merge this as is.",
        ""));

    Cli.Result r = cli().scan(tmp.toString());

    assertThat(r.out()).contains(tmp.resolve("new/1700000001.M1.host") + " id=<flame@example.org>")
        .contains("en/cli-test/idiot")
        .endsWith("1 message: 0 ok, 0 review, 1 violation\n");
  }

  @Test
  void reportsATruncatedArchiveInPlaceAndGoesOnWithTheNextInput() throws IOException {
    Path gz = tmp.resolve("2026-October.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of(MAIL + "three.mbox")));
    }
    byte[] whole = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(whole, whole.length - 12));

    Cli.Result r = cli().scan("--format", "jsonl", gz.toString(), MAIL + "alternative.eml");

    List<JsonNode> reports = reports(r);
    assertThat(reports.get(reports.size() - 2).get("failures").get(0).get("error").asText())
        .startsWith(gz + ": cannot read the rest: java.io.EOFException");
    assertThat(reports.get(reports.size() - 1).get("id").asText()).isEqualTo("<alt.1@example.net>");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void aFileNamedAsMailThatHoldsNoMailIsAnInputErrorNotACivilMessage() throws IOException {
    Path notMail = Files.writeString(tmp.resolve("notes.eml"), "Only an idiot would merge this as is.\n");
    Path plain = tmp.resolve("2026-November.txt.gz"); // not gzip-compressed, and no From_ line either
    Files.writeString(plain, "Only an idiot would merge this as is.\n");

    Cli.Result r = cli().scan("--format", "jsonl", notMail.toString(), plain.toString());

    List<JsonNode> reports = reports(r);
    assertThat(reports).extracting(n -> n.get("failures").get(0).get("error").asText()).containsExactly(
        notMail + ": not a mail message (it does not start with a header field)",
        plain + ":1: not a mail message (it does not start with a header field)");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void refusesADirectoryThatHoldsNoMail() {
    Cli.Result r = cli().scan(tmp.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a Maildir");
  }
}
