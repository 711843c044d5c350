package dev.comity.bench;

import dev.comity.api.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HateXplain train+val export ({@code train_val.jsonl}): lower-cased tokenised text, majority {@code label}, and {@code
 * spans_majority} = [start, end) code-point spans of the majority rationales. The {@code split} field selects {@code
 * train} or {@code val}. Posts labeled normal have no rationale, so their gold spans are empty.
 */
final class HateXplainReader {
  static final String NAME = "hatexplain";

  private HateXplainReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Example> out = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(folder.resolve("train_val.jsonl"))) {
      if (!line.text("split").equals(split)) {
        continue;
      }
      String text = line.text("text");
      Labels.Mapping m = Labels.of(NAME, line.text("label"), line);
      List<Span> spans = new ArrayList<>();
      for (int[] p : line.pairs("spans_majority")) {
        spans.add(Offsets.toUtf16(text, p[0], p[1]));
      }
      String id = line.text("post_id");
      out.add(new Example(NAME, id, text, m.toxic(), m.categories(), Optional.of(spans), id));
    }
    return out;
  }
}
