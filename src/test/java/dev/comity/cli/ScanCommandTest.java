package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static dev.comity.cli.Golden.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  private static final String THREAD = "src/test/resources/cli/thread.jsonl";
  private static final String NOTES = "src/test/resources/cli/notes.txt";
  private static final String FINE = "src/test/resources/cli/fine.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void showsMessagesWithFindingsOrErrorsThenTotals() {
    Cli.Result r = cli().scan(THREAD, NOTES, FINE);

    assertThat(r.exit()).isEqualTo(2);
    assertGolden("scan-text.txt", r.out());
  }

  @Test
  void writesOneJsonReportPerMessageInInputOrder() {
    Cli.Result r = cli().scan("--format", "jsonl", THREAD, NOTES, FINE);

    assertGolden("scan.jsonl", r.out());
  }

  @Test
  void reportsUnreadableLinesAsInputFailuresAndGoesOn() throws IOException {
    Cli.Result r = cli().scan("--format", "jsonl", THREAD);

    List<JsonNode> reports = parse(r.out());
    assertThat(reports).hasSize(7);
    assertThat(reports.get(3).get("id").isNull()).isTrue();
    assertThat(reports.get(3).get("failures").get(0).get("scorer").asText()).isEqualTo("input");
    assertThat(reports.get(3).get("failures").get(0).get("error").asText())
        .isEqualTo(THREAD + ":4:1: not valid JSON");
    assertThat(reports.get(4).get("id").asText()).isEqualTo("m5");
    assertThat(reports.get(4).get("failures").get(0).get("error").asText())
        .isEqualTo(THREAD + ":5: missing \"text\"");
    assertThat(reports.get(6).get("id").asText()).isEqualTo("m7");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("comity: " + THREAD + ":"));
  }

  @Test
  void rejectsEachLineThatIsNotAnObjectWithAStringText() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, String.join("\n",
        "[1, 2]", "{\"text\": 42}", "{\"id\": true, \"text\": \"x\"}", "{\"text\": \"a\"} {\"text\": \"b\"}",
        "{\"text\": \"unterminated", "{\"id\": 7, \"text\": \"fine\"}"));

    List<JsonNode> reports = parse(cli().scan("--format", "jsonl", file.toString()).out());

    assertThat(reports).extracting(n -> n.get("failures").size()).containsExactly(1, 1, 1, 1, 1, 0);
    assertThat(reports.get(1).get("failures").get(0).get("error").asText()).endsWith(":2: \"text\" must be a string");
    assertThat(reports.get(5).get("id").asText()).isEqualTo("7");
  }

  @Test
  void keepsInputOrderWithManyThreadsAndBatches() throws IOException {
    Path file = tmp.resolve("many.jsonl");
    int n = 5_000;
    String lines = IntStream.range(0, n)
        .mapToObj(i -> "{\"id\": \"" + i + "\", \"text\": \"" + "word ".repeat(i % 97) + (i % 3 == 0 ? "idiot" : "") + "\"}")
        .collect(Collectors.joining("\n"));
    Files.writeString(file, lines);

    Cli.Result r = cli().scan("--disable", "model/", "--format", "jsonl", "--threads", "8", file.toString());

    List<JsonNode> reports = parse(r.out());
    assertThat(reports).extracting(j -> j.get("id").asText())
        .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(Integer::toString).toList());
    assertThat(reports).extracting(j -> j.get("findings").size())
        .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(i -> i % 3 == 0 ? 1 : 0).toList());
    assertThat(r.exit()).isZero();
  }

  @Test
  void passesTheTechnicalRepliesOfTheSampleThreadAndFlagsHeatedOnes() throws IOException {
    Cli.Result r = cli().run("scan", "--format", "jsonl", "benchmarks/samples/review-thread.jsonl");

    List<JsonNode> reports = parse(r.out());
    assertThat(reports).hasSize(12);
    // Replies full of kill -9, abort(), "dump the stack" and a quoted stack trace must not be flagged.
    for (int i : new int[] {0, 1, 2, 9, 10, 11}) {
      assertThat(reports.get(i).get("verdict").asText()).as("message %d", i + 1).isEqualTo("ok");
    }
    assertThat(reports).filteredOn(j -> !j.get("verdict").asText().equals("ok")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(r.exit()).isZero();
  }

  @Test
  void readsJsonlFromStandardInput() throws IOException {
    Cli.Result r = cli().stdin("{\"id\": \"a\", \"text\": \"idiot\"}\n").scan("--format", "jsonl", "-");

    assertThat(parse(r.out())).singleElement().satisfies(j -> assertThat(j.get("id").asText()).isEqualTo("a"));
    assertThat(r.exit()).isZero();
  }

  @Test
  void namesStandardInputInErrors() {
    Cli.Result r = cli().stdin("oops\n").scan("-");

    assertThat(r.out()).startsWith("== <stdin>:1\nerror  input  <stdin>:1:");
  }

  @Test
  void addsTheTextWhenAsked() throws IOException {
    Cli.Result r = cli().scan("--format", "jsonl", "--include-text", FINE);

    assertThat(parse(r.out()).get(0).get("text").asText()).isEqualTo("All good here.\n");
  }

  @Test
  void refusesUnsupportedAndMissingFilesBeforeScanningAnything() {
    Cli.Result r = cli().scan(THREAD, "inbox.pst", "missing.jsonl");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        "comity: inbox.pst: unsupported file type; supported: .jsonl (one {\"id\", \"text\"} object per line),"
            + " .txt (one message per file), .eml (one mail), .mbox, .mbox.gz, .txt.gz (mbox archives, pipermail),"
            + " a directory (a Maildir, or a folder of mail files), - (JSONL on standard input)",
        "comity: missing.jsonl: no such file");
  }

  @Test
  void exitsOneWhenAnyReportReachesFailOn() {
    assertThat(cli().scan("--fail-on", "violation", NOTES, FINE).exit()).isEqualTo(1);
    assertThat(cli().scan("--fail-on", "violation", FINE).exit()).isZero();
  }

  @Test
  void exitsTwoForInputErrorsEvenWhenFailOnIsReached() {
    assertThat(cli().scan("--fail-on", "review", THREAD).exit()).isEqualTo(2);
  }

  @Test
  void showsFinalThroughputWhenProgressIsForced() {
    Cli.Result r = cli().scan("--progress", FINE);

    assertThat(r.err()).matches("scanned 1 messages, 0\\.0 MB in [0-9.]+ s \\([0-9.]+ MB/s\\)\n");
  }

  @Test
  void showsProgressByDefaultOnlyWhenStderrIsATerminal() {
    assertThat(cli().scan(FINE).err()).isEmpty();
    assertThat(cli().terminal().scan(FINE).err()).contains("scanned 1 messages");
    assertThat(cli().terminal().scan("--no-progress", FINE).err()).isEmpty();
  }

  @Test
  void writesNoAnsiCodesWhenStdoutIsNotATerminal() {
    assertThat(cli().scan(NOTES).out()).doesNotContain("\u001b");
  }

  @Test
  void readsMailUpToTheGivenLimitsAndFlagsItTruncated() throws IOException {
    String mail = "src/test/resources/mail/patch-attachment.eml";
    assertThat(JSON.readTree(cli().scan("--format", "jsonl", mail).out()).get("truncated").asBoolean()).isFalse();

    Cli.Result r = cli().scan("--format", "jsonl", "--max-parts", "1", mail);

    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).get("truncated").asBoolean()).isTrue();
  }

  @Test
  void rejectsMailLimitsBelowOneListingEach() {
    Cli.Result r = cli().scan("--max-parts", "0", "--max-text-bytes", "-1", FINE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--max-parts must be at least 1, got 0", "--max-text-bytes must be at least 1, got -1");
  }

  @Test
  void rejectsFewerThanOneThread() {
    Cli.Result r = cli().scan("--threads", "0", FINE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be at least 1, got 0");
  }

  @Test
  void reportsAFailingOutputAndExitsTwo() {
    Cli.Result r = cli().closedOutput().run("scan", "--format", "jsonl", FINE);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("comity: cannot write output: Broken pipe\n");
  }

  private static List<JsonNode> parse(String jsonl) throws IOException {
    assertThat(jsonl).endsWith("\n");
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : jsonl.split("\n")) {
      nodes.add(JSON.readTree(line.getBytes(StandardCharsets.UTF_8)));
    }
    return nodes;
  }
}
