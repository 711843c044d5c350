package dev.comity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The messages a benchmark cycles through: ~400-char cuts of real R-devel mail when the JSONL made by
 * {@code benchmarks/tools/PipermailToJsonl.java} is there, else {@link SampleMessages}. Both are deterministic, so two
 * runs on the same file measure the same text.
 */
@State(Scope.Thread)
public class MessageCorpus {
  /** Characters per cut before it is moved to line and word boundaries. */
  static final int TARGET_CHARS = 400;
  /** How far a cut may move to reach a boundary. */
  private static final int SLACK = 120;
  private static final int MAX_MESSAGES = 2048;

  /** JSONL with {@code text} fields; set with {@code -p corpus=PATH}. Missing file: the built-in sample is used. */
  @Param("target/rdevel.jsonl")
  public String corpus;

  private String[] texts;
  private int[] utf8Bytes;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path path = Path.of(corpus);
    List<String> list;
    String source;
    if (Files.isRegularFile(path)) {
      list = fromJsonl(path, MAX_MESSAGES);
      source = path.toAbsolutePath().normalize().toString();
    } else {
      list = fromSample();
      source = "built-in sample (" + corpus + " not found)";
    }
    if (list.isEmpty()) {
      throw new IllegalStateException("no messages of at least " + TARGET_CHARS + " chars in " + source);
    }
    texts = list.toArray(String[]::new);
    utf8Bytes = new int[texts.length];
    long chars = 0;
    long bytes = 0;
    for (int i = 0; i < texts.length; i++) {
      utf8Bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
      chars += texts[i].length();
      bytes += utf8Bytes[i];
    }
    // Printed once per fork so the log says what was measured; msg/s x bytes/msg gives the byte rate.
    System.out.printf(Locale.ROOT, "%ncorpus: %s: %d messages, mean %.0f chars, %.0f UTF-8 bytes%n",
        source, texts.length, (double) chars / texts.length, (double) bytes / texts.length);
  }

  /** Index of the next message to score, cycling through the corpus. */
  int advance() {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    return i;
  }

  String text(int i) {
    return texts[i];
  }

  int utf8Bytes(int i) {
    return utf8Bytes[i];
  }

  /**
   * Up to {@code max} cuts from messages spread evenly over the file (so every year of the archive is represented), one
   * per picked message; a picked message shorter than {@link #TARGET_CHARS} passes its turn to the next long one.
   */
  static List<String> fromJsonl(Path path, int max) throws IOException {
    long lines;
    try (InputStream in = Files.newInputStream(path)) {
      lines = countLines(in);
    }
    long stride = Math.max(1, lines / max);
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>(max);
    boolean wanted = false;
    long index = 0;
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null && out.size() < max; line = reader.readLine(), index++) {
        wanted |= index % stride == 0;
        if (!wanted || line.isBlank()) {
          continue;
        }
        JsonNode text = json.readTree(line).get("text");
        if (text != null && text.asText().length() >= TARGET_CHARS) {
          out.add(cut(text.asText(), out.size()));
          wanted = false;
        }
      }
    }
    return out;
  }

  /** Each sample paragraph followed by the next, cut to ~400 chars: the paragraphs alone are shorter. */
  static List<String> fromSample() {
    List<String> texts = SampleMessages.TEXTS;
    List<String> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(cut(texts.get(i) + "\n" + texts.get((i + 1) % texts.size()), 0));
    }
    return out;
  }

  /**
   * The {@code k}-th ~400-char cut of {@code text} (cycling over the cuts it has), starting at a line start and ending
   * at a line or word end so that quotes, code and signatures keep their shape for the segmenter.
   */
  static String cut(String text, int k) {
    int cuts = Math.max(1, text.length() / TARGET_CHARS);
    int start = k % cuts * TARGET_CHARS;
    if (start > 0) {
      int lineStart = text.indexOf('\n', start - 1) + 1;
      if (lineStart > 0 && lineStart - start <= SLACK && lineStart < text.length()) {
        start = lineStart;
      }
    }
    int end = Math.min(text.length(), start + TARGET_CHARS);
    if (end < text.length()) {
      int lineEnd = text.indexOf('\n', end);
      int wordEnd = text.indexOf(' ', end);
      if (lineEnd >= 0 && lineEnd - end <= SLACK) {
        end = lineEnd;
      } else if (wordEnd >= 0 && wordEnd - end <= SLACK) {
        end = wordEnd;
      }
    }
    return text.substring(outsidePair(text, start), outsidePair(text, end));
  }

  /** {@code i}, or {@code i - 1} when {@code i} would split a surrogate pair. */
  private static int outsidePair(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
  }

  private static long countLines(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long count = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          count++;
        }
      }
    }
    return count;
  }
}
