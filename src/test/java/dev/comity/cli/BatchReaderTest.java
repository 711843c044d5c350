package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.mail.MailLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReaderTest {
  @TempDir Path tmp;

  private static List<Batch> read(String stdin, int maxMessages, int maxBytes) throws IOException {
    List<Batch> batches = new ArrayList<>();
    try (BatchReader reader =
        new BatchReader(Inputs.resolve(List.of("-")),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), 100, MailLimits.DEFAULT, maxMessages,
            maxBytes)) {
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        batches.add(b);
      }
    }
    return batches;
  }

  private static List<String> texts(List<Batch> batches) {
    List<String> texts = new ArrayList<>();
    for (Batch b : batches) {
      for (int i = 0; i < b.size(); i++) {
        Batch.Item item = b.item(i);
        texts.add(item.line() + ":" + item.text());
      }
    }
    return texts;
  }

  private static String line(String text) {
    return "{\"text\": \"" + text + "\"}";
  }

  @Test
  void skipsBlankLinesButKeepsLineNumbersAndReadsALastLineWithoutNewline() throws IOException {
    String input = line("a") + "\r\n\n   \n" + line("b") + "\n\t" + line("c");

    assertThat(texts(read(input, 256, 1 << 20))).containsExactly("1:a", "4:b", "5:c");
  }

  @Test
  void cutsBatchesAtTheMessageLimit() throws IOException {
    List<Batch> batches = read(line("a") + "\n" + line("b") + "\n" + line("c") + "\n", 2, 1 << 20);

    assertThat(batches).extracting(Batch::size).containsExactly(2, 1);
    assertThat(texts(batches)).containsExactly("1:a", "2:b", "3:c");
  }

  @Test
  void cutsBatchesAtTheByteLimit() throws IOException {
    List<Batch> batches = read(line("a") + "\n" + line("b") + "\n" + line("c") + "\n", 256, 20);

    assertThat(batches).extracting(Batch::size).containsExactly(2, 1);
  }

  @Test
  void readsLinesLongerThanItsBufferAndCountsEveryByte() throws IOException {
    String longText = "x".repeat(3 << 20);
    String input = line("a") + "\n" + line(longText) + "\n" + line("b") + "\n";

    List<Batch> batches = read(input, 256, 1 << 20);

    assertThat(texts(batches)).containsExactly("1:a", "2:" + longText, "3:b");
    assertThat(batches.stream().mapToLong(Batch::bytes).sum()).isEqualTo(input.length());
  }

  @Test
  void readsTextFilesAsOneMessageEachAndJsonlFilesLineByLine() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), "first\nfile");
    Path b = Files.writeString(tmp.resolve("b.jsonl"), line("x") + "\n" + line("y"));
    Path c = Files.writeString(tmp.resolve("c.TXT"), "third");
    List<String> seen = new ArrayList<>();

    try (BatchReader reader = new BatchReader(
        Inputs.resolve(List.of(a.toString(), b.toString(), c.toString())), new ByteArrayInputStream(new byte[0]), 100,
        MailLimits.DEFAULT, 256, 1 << 20)) {
      for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
        for (int i = 0; i < batch.size(); i++) {
          seen.add(batch.item(i).text());
        }
      }
    }

    assertThat(seen).containsExactly("first\nfile", "x", "y", "third");
  }

  @Test
  void readsAtMostOneCharMoreThanScoredFromATextFile() throws IOException {
    Path big = Files.writeString(tmp.resolve("big.txt"), "y".repeat(10_000));

    assertThat(Inputs.readText(big, 100)).hasSize(101);
  }
}
