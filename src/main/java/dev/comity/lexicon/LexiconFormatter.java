package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites lexicon files in canonical form (FORMAT.md "Canonical form"). Stateless and thread-safe.
 *
 * <p>Canonical form: directives first in the order {@code @format}, {@code @lexicon}, {@code @version}, {@code @kind},
 * then {@code @class} lines in their original order, with no blank lines between them; one blank line before each
 * entry; inside an entry, keys in the order of FORMAT.md's key table (lines of the same key keep their order), written
 * {@code key: value}; one pattern per {@code match}, {@code unless-before} and {@code unless-after} line ({@code a | b}
 * is split); runs of spaces inside patterns and class lists collapsed; no trailing whitespace; {@code \n} line ends and
 * a final line break. A comment moves with the line after it; comments at the start and at the end of the file stay
 * there.
 *
 * <p>The formatter works on any text, valid or not: lines it cannot place (unknown keys, stray text) are kept, after
 * the known keys of their entry. {@code format(format(x)).equals(format(x))} for every {@code x}.
 */
public final class LexiconFormatter {
  private static final List<String> DIRECTIVE_ORDER = List.of("format", "lexicon", "version", "kind", "class");
  private static final List<String> PATTERN_KEYS = List.of("match", "unless-before", "unless-after");

  private LexiconFormatter() {}

  /** {@code content} in canonical form. */
  public static String format(String content) {
    List<Line> preamble = new ArrayList<>();
    List<List<Line>> entries = new ArrayList<>();
    List<Line> current = preamble;
    List<String> comments = new ArrayList<>();
    List<String> fileComments = null;
    for (String raw : LexiconParser.lines(content)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line);
        continue;
      }
      if (fileComments == null) {
        // The comments above the first line describe the file: they stay on top.
        fileComments = List.copyOf(comments);
        comments.clear();
      }
      if (line.startsWith("[")) {
        current = new ArrayList<>();
        entries.add(current);
      }
      current.add(new Line(List.copyOf(comments), line));
      comments.clear();
    }
    StringBuilder out = new StringBuilder();
    if (fileComments != null) {
      write(out, fileComments, null);
    }
    List<Line> directives = new ArrayList<>(preamble);
    directives.sort(Comparator.comparingInt(LexiconFormatter::directiveRank));
    for (Line l : directives) {
      write(out, l.comments(), directive(l.text()));
    }
    for (List<Line> entry : entries) {
      if (out.length() > 0) {
        out.append('\n');
      }
      Line header = entry.get(0);
      write(out, header.comments(), header.text());
      List<Line> keys = new ArrayList<>(entry.subList(1, entry.size()));
      keys.sort(Comparator.comparingInt(LexiconFormatter::keyRank));
      for (Line l : keys) {
        List<String> comm = l.comments();
        for (String value : keyLines(l.text())) {
          write(out, comm, value);
          comm = List.of();
        }
      }
    }
    if (!comments.isEmpty()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      write(out, comments, null);
    }
    return out.toString();
  }

  /** Whether {@code content} is already in canonical form, for {@code comity lexicon fmt --check}. */
  public static boolean isCanonical(String content) {
    return format(content).equals(content);
  }

  /** A non-comment line with the comments just above it. */
  private record Line(List<String> comments, String text) {}

  private static void write(StringBuilder out, List<String> comments, String line) {
    for (String c : comments) {
      out.append(c).append('\n');
    }
    if (line != null) {
      out.append(line).append('\n');
    }
  }

  private static int directiveRank(Line l) {
    if (!l.text().startsWith("@")) {
      return DIRECTIVE_ORDER.size() + 1;
    }
    int rank = DIRECTIVE_ORDER.indexOf(name(l.text()));
    return rank < 0 ? DIRECTIVE_ORDER.size() : rank;
  }

  private static int keyRank(Line l) {
    int colon = l.text().indexOf(':');
    if (colon < 0) {
      return LexiconParser.KEYS.size() + 1;
    }
    int rank = LexiconParser.KEYS.indexOf(l.text().substring(0, colon).strip());
    return rank < 0 ? LexiconParser.KEYS.size() : rank;
  }

  private static String name(String directive) {
    int end = 1;
    while (end < directive.length() && !Character.isWhitespace(directive.charAt(end))) {
      end++;
    }
    return directive.substring(1, end);
  }

  private static String directive(String line) {
    if (!line.startsWith("@")) {
      return line;
    }
    String name = name(line);
    String value = line.substring(1 + name.length()).strip();
    if (name.equals("class")) {
      int colon = value.indexOf(':');
      if (colon >= 0) {
        List<String> forms = new ArrayList<>();
        for (String f : value.substring(colon + 1).split("\\|", -1)) {
          forms.add(collapse(f));
        }
        value = value.substring(0, colon).strip() + ": " + String.join(" | ", forms);
      }
    }
    return value.isEmpty() ? "@" + name : "@" + name + " " + value;
  }

  /** The canonical lines for one key line: usually one, one per pattern for a pattern key. */
  private static List<String> keyLines(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      return List.of(line);
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (value.isEmpty()) {
      return List.of(key + ":");
    }
    if (!PATTERN_KEYS.contains(key)) {
      return List.of(key + ": " + value);
    }
    List<String> out = new ArrayList<>();
    for (String p : splitPatterns(value)) {
      String pattern = collapse(p);
      if (!pattern.isEmpty()) {
        out.add(key + ": " + pattern);
      }
    }
    return out.isEmpty() ? List.of(key + ":") : out;
  }

  /** Splits at {@code |} outside groups, the way {@link PatternParser} reads a value. */
  static List<String> splitPatterns(String value) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(' && i + 1 < value.length() && PatternParser.isWordChar(value.charAt(i + 1))) {
        int close = value.indexOf(')', i);
        i = close < 0 ? value.length() : close;
      } else if (c == '|') {
        out.add(value.substring(start, i));
        start = i + 1;
      }
    }
    out.add(value.substring(start));
    return out;
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("[ \\t]+", " ");
  }
}
