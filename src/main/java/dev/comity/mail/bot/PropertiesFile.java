package dev.comity.mail.bot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code key = value} file read with line numbers, so that every problem can point at {@code file:line:col}.
 * {@link java.util.Properties} forgets where a value came from. Lines are {@code key = value} or {@code key: value};
 * blank lines and lines starting with {@code #} or {@code !} are comments. Values are taken literally (no escapes), and
 * a line ending in a backslash is refused rather than silently joined, since nothing here needs long values.
 */
final class PropertiesFile {
  /** One value and where it is: {@code line} 1-based, {@code column} 1-based column of the value's first character. */
  record Entry(String key, String value, int line, int column) {}

  private final Path path;
  private final Map<String, Entry> entries;
  private final List<String> problems;

  private PropertiesFile(Path path, Map<String, Entry> entries, List<String> problems) {
    this.path = path;
    this.entries = entries;
    this.problems = problems;
  }

  /** Reads {@code path}; syntax problems are collected in {@link #problems()}, not thrown. */
  static PropertiesFile read(Path path) throws IOException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (CharacterCodingException e) {
      return new PropertiesFile(path, Map.of(), List.of(path + ": not valid UTF-8"));
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      int start = 0;
      while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
        start++;
      }
      if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
        continue;
      }
      int separator = separator(line, start);
      if (separator < 0) {
        problems.add(path + ":" + number + ":" + (start + 1) + ": expected 'key = value'");
        continue;
      }
      String key = line.substring(start, separator).strip();
      int valueStart = separator + 1;
      while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
        valueStart++;
      }
      String value = line.substring(valueStart).strip();
      if (key.isEmpty()) {
        problems.add(path + ":" + number + ":" + (start + 1) + ": missing key before '" + line.charAt(separator) + "'");
      } else if (value.endsWith("\\")) {
        problems.add(
            path + ":" + number + ":" + line.length() + ": line continuations (a trailing '\\') are not supported");
      } else if (entries.containsKey(key)) {
        problems.add(
            path + ":" + number + ":" + (start + 1) + ": duplicate key '" + key + "', first set on line "
                + entries.get(key).line());
      } else {
        entries.put(key, new Entry(key, value, number, valueStart + 1));
      }
    }
    return new PropertiesFile(path, entries, problems);
  }

  private static int separator(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '=' || c == ':') {
        return i;
      }
    }
    return -1;
  }

  Path path() {
    return path;
  }

  Map<String, Entry> entries() {
    return entries;
  }

  /** Syntax problems, each {@code file:line:col: message}. */
  List<String> problems() {
    return problems;
  }

  /** {@code file:line:col} of an entry's value. */
  String where(Entry entry) {
    return path + ":" + entry.line() + ":" + entry.column();
  }
}
