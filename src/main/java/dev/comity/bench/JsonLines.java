package dev.comity.bench;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file into objects that know their {@code file:line}; blank lines are skipped. */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** One object; the getters fail with the location when a field is missing or has the wrong type. */
  record Line(Path file, int line, JsonNode node) implements Located {
    String text(String field) throws IOException {
      JsonNode v = node.get(field);
      if (v == null || !v.isTextual()) {
        throw problem("field '" + field + "' must be a string");
      }
      return v.textValue();
    }

    JsonNode array(String field) throws IOException {
      JsonNode v = node.get(field);
      if (v == null || !v.isArray()) {
        throw problem("field '" + field + "' must be a list");
      }
      return v;
    }

    /** A list of {@code [start, end]} integer pairs. */
    List<int[]> pairs(String field) throws IOException {
      List<int[]> out = new ArrayList<>();
      for (JsonNode pair : array(field)) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
          throw problem("field '" + field + "' must hold [start, end] integer pairs, found " + pair);
        }
        out.add(new int[] {pair.get(0).intValue(), pair.get(1).intValue()});
      }
      return out;
    }

    @Override
    public IOException problem(String message) {
      return new IOException(file + ":" + line + ": " + message);
    }
  }

  static List<Line> read(Path file) throws IOException {
    String[] lines = CsvRows.readUtf8(file).split("\n", -1);
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (JacksonException e) {
        int col = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
        throw new IOException(file + ":" + (i + 1) + ":" + col + ": not JSON: " + e.getOriginalMessage(), e);
      }
      if (!node.isObject()) {
        throw new IOException(file + ":" + (i + 1) + ": expected a JSON object per line");
      }
      out.add(new Line(file, i + 1, node));
    }
    return out;
  }
}
