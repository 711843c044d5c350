package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Category;
import dev.comity.api.Severity;
import dev.comity.api.Target;
import dev.comity.text.RegionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one lexicon file (FORMAT.md) into a {@link Lexicon}, collecting every problem instead of stopping at the
 * first. Stateless and thread-safe.
 *
 * <p>Problems that need other files (a class defined elsewhere, a rule id defined twice) are found when lexicons are
 * loaded together, by {@link LexiconLinter} and {@link LexiconScorerProvider}.
 */
public final class LexiconParser {
  /** The format versions this reader knows. */
  public static final int FORMAT = 1;

  /** Keys in canonical order (FORMAT.md "Keys"); the formatter writes them in this order. */
  static final List<String> KEYS = List.of(
      "category", "severity", "sureness", "target", "regions", "match", "unless-before", "unless-after", "message",
      "note", "hit", "ok");

  private static final Set<String> RULE_ONLY = Set.of("category", "severity", "sureness", "target", "message", "hit");
  private static final Set<String> REPEATABLE = Set.of("match", "unless-before", "unless-after", "hit", "ok");
  private static final List<String> DIRECTIVES = List.of("format", "lexicon", "version", "kind", "class");

  private LexiconParser() {}

  /**
   * The result of parsing one file.
   *
   * @param lexicon the lexicon, holding only the entries and classes that had no problems; empty when the header
   *     ({@code @format}, {@code @lexicon}, {@code @version}, {@code @kind}) is unusable
   * @param problems every problem found, in line order
   */
  public record Result(Optional<Lexicon> lexicon, List<LexiconProblem> problems) {
    public Result {
      requireNonNull(lexicon, "lexicon");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Parses {@code content}, naming {@code file} in problems. A leading byte order mark and {@code \r\n} line ends are
   * accepted.
   */
  public static Result parse(Path file, String content) {
    return new Run(file, content).run();
  }

  /** Splits file content into lines without their line breaks, dropping a leading byte order mark. */
  static String[] lines(String content) {
    String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] lines = c.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("\r")) {
        lines[i] = lines[i].substring(0, lines[i].length() - 1);
      }
    }
    if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
      return java.util.Arrays.copyOf(lines, lines.length - 1);
    }
    return lines;
  }

  /** One parse: per-call state. */
  private static final class Run {
    private final Path file;
    private final String[] lines;
    private final List<LexiconProblem> problems = new ArrayList<>();
    private final Map<String, Integer> directiveLines = new HashMap<>();
    private final List<WordClass> classes = new ArrayList<>();
    private final Map<String, Integer> classLines = new HashMap<>();
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Map<String, Integer> entryLines = new HashMap<>();
    private String id;
    private String version;
    private LexiconKind kind = LexiconKind.RULES;
    private boolean headerBroken;
    private EntryBuilder entry;

    Run(Path file, String content) {
      this.file = requireNonNull(file, "file");
      this.lines = lines(requireNonNull(content, "content"));
    }

    Result run() {
      boolean formatSeen = false;
      for (int n = 1; n <= lines.length; n++) {
        String raw = lines[n - 1];
        int indent = indent(raw);
        if (indent == raw.length() || raw.charAt(indent) == '#') {
          continue;
        }
        char first = raw.charAt(indent);
        if (first == '@') {
          if (!formatSeen && !raw.startsWith("format", indent + 1)) {
            problem(n, indent + 1, "the first directive must be @format " + FORMAT);
            headerBroken = true;
          }
          if (raw.startsWith("format", indent + 1)) {
            formatSeen = true;
          }
          if (!directive(n, raw, indent)) {
            return result();
          }
        } else if (first == '[') {
          header(n, raw, indent);
        } else {
          keyLine(n, raw, indent);
        }
      }
      finishEntry();
      if (!formatSeen) {
        problem(1, 1, "missing @format " + FORMAT + " (the first directive)");
        headerBroken = true;
      }
      if (id == null) {
        problem(1, 1, "missing @lexicon <id>");
        headerBroken = true;
      }
      if (version == null) {
        problem(1, 1, "missing @version <content version>");
        headerBroken = true;
      }
      return result();
    }

    private Result result() {
      problems.sort(null);
      Optional<Lexicon> lexicon = headerBroken
          ? Optional.empty()
          : Optional.of(new Lexicon(file, id, version, kind, classes, entries));
      return new Result(lexicon, problems);
    }

    /** Handles one directive line; returns false when parsing must stop (an unknown format). */
    private boolean directive(int n, String raw, int indent) {
      if (entry != null || !entries.isEmpty() || !entryLines.isEmpty()) {
        problem(n, indent + 1, "directives come before the first entry");
        return true;
      }
      int nameEnd = indent + 1;
      while (nameEnd < raw.length() && raw.charAt(nameEnd) != ' ' && raw.charAt(nameEnd) != '\t') {
        nameEnd++;
      }
      String name = raw.substring(indent + 1, nameEnd);
      int valueStart = skipSpaces(raw, nameEnd);
      String value = raw.substring(valueStart).stripTrailing();
      int valueCol = valueStart + 1;
      if (!DIRECTIVES.contains(name)) {
        problem(n, indent + 1, "unknown directive @" + name + "; expected one of @" + String.join(", @", DIRECTIVES));
        return true;
      }
      if (!name.equals("class")) {
        Integer before = directiveLines.putIfAbsent(name, n);
        if (before != null) {
          problem(n, indent + 1, "@" + name + " appears twice; first at line " + before);
          return true;
        }
      }
      if (value.isEmpty()) {
        problem(n, nameEnd + 1, "@" + name + " needs a value");
        headerBroken |= !name.equals("class");
        return true;
      }
      switch (name) {
        case "format" -> {
          if (!value.equals(String.valueOf(FORMAT))) {
            problem(n, valueCol, "unknown @format '" + value + "'; this reader knows format " + FORMAT);
            headerBroken = true;
            return false;
          }
        }
        case "lexicon" -> {
          if (!value.matches("[a-z][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)+")) {
            problem(n, valueCol, "bad lexicon id '" + value
                + "': lower-case segments separated by '/', the first the language, e.g. en/insult");
            headerBroken = true;
          } else {
            id = value;
          }
        }
        case "version" -> {
          if (!value.matches("[A-Za-z0-9._+-]+")) {
            problem(n, valueCol, "bad version '" + value + "': letters, digits and . _ + - only, e.g. 2026.11.22");
            headerBroken = true;
          } else {
            version = value;
          }
        }
        case "kind" -> {
          if (value.equals("rules")) {
            kind = LexiconKind.RULES;
          } else if (value.equals("allow")) {
            kind = LexiconKind.ALLOW;
          } else {
            problem(n, valueCol, "unknown @kind '" + value + "'; expected rules or allow");
            headerBroken = true;
          }
        }
        default -> classDirective(n, raw, valueStart, value);
      }
      return true;
    }

    private void classDirective(int n, String raw, int valueStart, String value) {
      int colon = value.indexOf(':');
      if (colon < 0) {
        problem(n, valueStart + 1, "expected @class name: word | word* | ...");
        return;
      }
      String name = value.substring(0, colon).strip();
      if (!name.matches("[a-z_]+")) {
        problem(n, valueStart + 1, "bad class name '" + name + "': lower-case letters and '_'");
        return;
      }
      if (name.equals("any")) {
        problem(n, valueStart + 1, "the class name 'any' is built in and cannot be redefined");
        return;
      }
      Integer before = classLines.putIfAbsent(name, n);
      if (before != null) {
        problem(n, valueStart + 1, "class '" + name + "' is defined twice; first at line " + before);
        return;
      }
      List<String> forms = new ArrayList<>();
      boolean ok = true;
      int i = valueStart + colon + 1;
      while (i <= raw.length()) {
        int bar = raw.indexOf('|', i);
        int end = bar < 0 ? raw.length() : bar;
        int a = skipSpaces(raw, i);
        int b = end;
        while (b > a && Character.isWhitespace(raw.charAt(b - 1))) {
          b--;
        }
        String f = raw.substring(Math.min(a, b), b);
        int line = n;
        PatternToken.Form form = PatternParser.parseForm(f, a + 1, (col, msg) -> problem(line, col, msg));
        if (form == null) {
          ok = false;
        } else {
          forms.add(form.toString());
        }
        if (bar < 0) {
          break;
        }
        i = bar + 1;
      }
      if (ok) {
        classes.add(new WordClass(name, forms, n));
      }
    }

    private void header(int n, String raw, int indent) {
      finishEntry();
      String line = raw.stripTrailing();
      if (!line.endsWith("]")) {
        problem(n, line.length() + 1, "expected ']' to close the entry id");
        entry = new EntryBuilder("", n);
        entry.broken = true;
        return;
      }
      String eid = line.substring(indent + 1, line.length() - 1);
      entry = new EntryBuilder(eid, n);
      if (!eid.matches("[a-z0-9][a-z0-9-]*")) {
        problem(n, indent + 2, "bad entry id '" + eid + "': lower-case letters, digits and '-'");
        entry.broken = true;
      }
      Integer before = entryLines.putIfAbsent(eid, n);
      if (before != null) {
        problem(n, indent + 2, "duplicate entry id '" + eid + "'; first at line " + before);
        entry.broken = true;
      }
    }

    private void keyLine(int n, String raw, int indent) {
      int colon = raw.indexOf(':', indent);
      String key = colon < 0 ? "" : raw.substring(indent, colon).strip();
      if (colon < 0 || key.isEmpty() || key.contains(" ")) {
        problem(n, indent + 1, "expected 'key: value', a [entry-id], an @directive or a # comment");
        if (entry != null) {
          entry.broken = true;
        }
        return;
      }
      if (!KEYS.contains(key)) {
        problem(n, indent + 1, "unknown key '" + key + "'; expected one of " + String.join(", ", KEYS));
        if (entry != null) {
          entry.broken = true;
        }
        return;
      }
      if (entry == null) {
        problem(n, indent + 1, "'" + key + "' outside an entry: start one with [entry-id]");
        return;
      }
      int valueStart = skipSpaces(raw, colon + 1);
      String value = raw.substring(valueStart).stripTrailing();
      entry.add(key, new Value(value, n, valueStart + 1, indent + 1));
    }

    private void finishEntry() {
      if (entry == null) {
        return;
      }
      EntryBuilder e = entry;
      entry = null;
      LexiconEntry built = e.build();
      if (built != null) {
        entries.add(built);
      }
    }

    private void problem(int line, int column, String message) {
      String source = line >= 1 && line <= lines.length ? lines[line - 1] : "";
      problems.add(new LexiconProblem(file, line, Math.max(1, column), message, source));
    }

    private static int indent(String s) {
      return skipSpaces(s, 0);
    }

    private static int skipSpaces(String s, int from) {
      int i = from;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    /** A key's value with where it stands. */
    private record Value(String text, int line, int column, int keyColumn) {}

    /** Collects one entry's lines and validates them when the entry ends. */
    private final class EntryBuilder {
      private final String id;
      private final int line;
      private final Map<String, List<Value>> values = new LinkedHashMap<>();
      private boolean broken;

      EntryBuilder(String id, int line) {
        this.id = id;
        this.line = line;
      }

      void add(String key, Value v) {
        List<Value> list = values.getOrDefault(key, List.of());
        if (!REPEATABLE.contains(key) && !list.isEmpty()) {
          problem(v.line, v.keyColumn, "'" + key + "' appears twice in entry '" + id + "'; first at line "
              + list.get(0).line);
          broken = true;
          return;
        }
        if (kind == LexiconKind.ALLOW && RULE_ONLY.contains(key)) {
          problem(v.line, v.keyColumn, "allow entries have no '" + key + "'");
          broken = true;
          return;
        }
        if (v.text.isEmpty()) {
          problem(v.line, v.column, "'" + key + "' needs a value");
          broken = true;
          return;
        }
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
      }

      LexiconEntry build() {
        boolean rules = kind == LexiconKind.RULES;
        List<String> required = rules
            ? List.of("category", "severity", "sureness", "match", "message", "hit", "ok")
            : List.of("match", "ok");
        for (String key : required) {
          if (!values.containsKey(key)) {
            problem(line, 1, "entry '" + id + "' has no '" + key + "'");
            broken = true;
          }
        }
        Category category = null;
        Severity severity = null;
        double sureness = 0;
        Optional<Target> target = Optional.empty();
        Set<RegionKind> regions = EnumSet.noneOf(RegionKind.class);
        Value v;
        if ((v = one("category")) != null) {
          try {
            category = Category.fromId(v.text);
          } catch (IllegalArgumentException e) {
            bad(v, e.getMessage());
          }
        }
        if ((v = one("severity")) != null) {
          try {
            severity = Severity.fromId(v.text);
          } catch (IllegalArgumentException e) {
            bad(v, e.getMessage());
          }
        }
        if ((v = one("sureness")) != null) {
          try {
            sureness = Double.parseDouble(v.text);
          } catch (NumberFormatException e) {
            sureness = Double.NaN;
          }
          if (!(sureness > 0.0 && sureness <= 1.0) || !v.text.matches("[0-9.]+")) {
            bad(v, "sureness '" + v.text + "' is not a number in (0, 1]");
          }
        }
        if ((v = one("target")) != null && !v.text.equals("auto")) {
          try {
            target = Optional.of(Target.fromId(v.text));
          } catch (IllegalArgumentException e) {
            bad(v, e.getMessage() + ", auto");
          }
        }
        if ((v = one("regions")) != null) {
          int offset = 0;
          for (String part : v.text.split(",", -1)) {
            String kindId = part.strip();
            try {
              regions.add(RegionKind.fromId(kindId));
            } catch (IllegalArgumentException e) {
              problemAt(v, offset + (part.length() - part.stripLeading().length()), e.getMessage());
            }
            offset += part.length() + 1;
          }
        }
        List<LexiconPattern> match = patterns("match");
        List<LexiconPattern> unlessBefore = patterns("unless-before");
        List<LexiconPattern> unlessAfter = patterns("unless-after");
        List<LexiconExample> hits = new ArrayList<>();
        for (Value h : values.getOrDefault("hit", List.of())) {
          if (checkMarkers(h)) {
            hits.add(new LexiconExample(true, h.text, h.line, h.column));
          }
        }
        List<LexiconExample> oks = new ArrayList<>();
        for (Value o : values.getOrDefault("ok", List.of())) {
          oks.add(new LexiconExample(false, o.text, o.line, o.column));
        }
        Value message = one("message");
        Value note = one("note");
        if (broken) {
          return null;
        }
        Optional<LexiconEntry.Rule> rule = rules
            ? Optional.of(new LexiconEntry.Rule(category, severity, sureness, target, message.text))
            : Optional.empty();
        return new LexiconEntry(id, line, rule, regions, match, unlessBefore, unlessAfter,
            Optional.ofNullable(note).map(Value::text), hits, oks);
      }

      private Value one(String key) {
        List<Value> list = values.get(key);
        return list == null ? null : list.get(0);
      }

      private List<LexiconPattern> patterns(String key) {
        List<LexiconPattern> out = new ArrayList<>();
        for (Value v : values.getOrDefault(key, List.of())) {
          List<LexiconPattern> p =
              PatternParser.parse(v.text, v.line, v.column, (col, msg) -> problem(v.line, col, msg));
          if (p == null) {
            broken = true;
          } else {
            out.addAll(p);
          }
        }
        return out;
      }

      /** Reports unbalanced, nested, empty or missing {} markers; true when the hit example is usable. */
      private boolean checkMarkers(Value h) {
        int open = -1;
        int spans = 0;
        boolean ok = true;
        for (int i = 0; i < h.text.length(); i++) {
          char c = h.text.charAt(i);
          if (c == '{') {
            if (open >= 0) {
              problemAt(h, i, "'{' inside another {...}: spans do not nest");
              ok = false;
            }
            open = i;
          } else if (c == '}') {
            if (open < 0) {
              problemAt(h, i, "'}' without a '{' before it");
              ok = false;
            } else if (open == i - 1) {
              problemAt(h, open, "empty {} span");
              ok = false;
            }
            spans++;
            open = -1;
          }
        }
        if (open >= 0) {
          problemAt(h, open, "'{' is never closed with '}'");
          ok = false;
        }
        if (spans == 0 && ok) {
          problemAt(h, 0, "a hit example needs {} around each span the rule must flag");
          ok = false;
        }
        broken |= !ok;
        return ok;
      }

      private void bad(Value v, String message) {
        problemAt(v, 0, message);
      }

      private void problemAt(Value v, int offset, String message) {
        problem(v.line, v.column + offset, message);
        broken = true;
      }
    }
  }
}
