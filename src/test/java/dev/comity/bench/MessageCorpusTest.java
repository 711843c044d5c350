package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageCorpusTest {
  private static String lines(int count, String line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(line).append(i).append('\n');
    }
    return sb.toString();
  }

  @Test
  void cutsStartAtLineStartsAndEndAtLineEnds() {
    String text = lines(100, "> quoted line number ");
    for (int k = 0; k < 6; k++) {
      String cut = MessageCorpus.cut(text, k);
      assertThat(cut).startsWith("> quoted line number ");
      assertThat(text).contains(cut + "\n");
      assertThat(cut.length()).isBetween(MessageCorpus.TARGET_CHARS, MessageCorpus.TARGET_CHARS + 30);
    }
  }

  @Test
  void cutsCycleOverTheText() {
    String text = lines(300, "line ");
    assertThat(MessageCorpus.cut(text, 0)).startsWith("line 0\n");
    assertThat(MessageCorpus.cut(text, 1)).isNotEqualTo(MessageCorpus.cut(text, 0));
    int cuts = text.length() / MessageCorpus.TARGET_CHARS;
    assertThat(MessageCorpus.cut(text, cuts)).isEqualTo(MessageCorpus.cut(text, 0));
  }

  @Test
  void cutsNeverSplitSurrogatePairs() {
    String text = "\uD83D\uDE00".repeat(1000);
    for (int k = 0; k < 5; k++) {
      String cut = MessageCorpus.cut(text, k);
      assertThat(Character.isLowSurrogate(cut.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
  }

  @Test
  void readsLongMessagesSpreadOverTheFile(@TempDir Path dir) throws IOException {
    List<String> jsonl = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = i % 2 == 0 ? "short" + i : ("long" + i + " ").repeat(100);
      jsonl.add("{\"id\":\"m" + i + "\",\"text\":\"" + text + "\"}");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, jsonl, StandardCharsets.UTF_8);

    List<String> picked = MessageCorpus.fromJsonl(file, 4);

    // Stride 10 picks lines 0, 10, 20, 30; those are short, so each turn passes to the next (odd, long) line.
    assertThat(picked).hasSize(4);
    assertThat(picked.get(0)).contains("long1 ");
    assertThat(picked.get(1)).contains("long11 ");
    assertThat(picked.get(2)).contains("long21 ");
    assertThat(picked.get(3)).contains("long31 ");
  }
}
