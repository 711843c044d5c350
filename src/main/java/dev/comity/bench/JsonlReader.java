package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.comity.api.Category;
import dev.comity.api.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Users' own data (documented in {@code benchmarks/DATASETS.md}): every {@code *.jsonl} file of the folder, in name
 * order, one object per line: {@code id} and {@code text} (required), {@code toxic} (required boolean), {@code
 * categories} (Comity category ids), {@code spans} ([start, end) UTF-16 pairs, optional), {@code group} (default: id).
 */
final class JsonlReader {
  static final String NAME = "jsonl";

  private JsonlReader() {}

  static List<Example> read(Path folder, String split) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(folder.resolve("*.jsonl").toString());
    }
    List<Example> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      for (JsonLines.Line line : JsonLines.read(file)) {
        out.add(example(line, ids));
      }
    }
    return out;
  }

  private static Example example(JsonLines.Line line, Set<String> ids) throws IOException {
    String id = line.text("id");
    if (!ids.add(id)) {
      throw line.problem("duplicate id '" + id + "'");
    }
    String text = line.text("text");
    JsonNode toxic = line.node().get("toxic");
    if (toxic == null || !toxic.isBoolean()) {
      throw line.problem("field 'toxic' must be true or false");
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    if (line.node().has("categories")) {
      for (JsonNode c : line.array("categories")) {
        try {
          categories.add(Category.fromId(c.asText()));
        } catch (IllegalArgumentException e) {
          throw line.problem(e.getMessage());
        }
      }
    }
    if (!toxic.booleanValue() && !categories.isEmpty()) {
      throw line.problem("'categories' on a civil example: categories name what makes a message uncivil, so give"
          + " them only with \"toxic\": true");
    }
    Optional<List<Span>> spans = Optional.empty();
    if (line.node().has("spans")) {
      List<Span> list = new ArrayList<>();
      for (int[] p : line.pairs("spans")) {
        if (p[0] < 0 || p[1] < p[0] || p[1] > text.length()) {
          throw line.problem("span [" + p[0] + ", " + p[1] + ") outside the text (length " + text.length() + ")");
        }
        list.add(new Span(p[0], p[1]));
      }
      spans = Optional.of(list);
    }
    String group = line.node().has("group") ? line.text("group") : id;
    return new Example(NAME, id, text, toxic.booleanValue(), categories, spans, group);
  }
}
