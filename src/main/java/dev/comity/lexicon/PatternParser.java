package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.List;

/** Parses pattern values and class forms (FORMAT.md "Patterns"), reporting problems with their columns. */
final class PatternParser {
  /** Receives a problem at a 1-based column of the line being parsed. */
  interface Problems {
    void report(int column, String message);
  }

  /** The most word sequences one pattern may expand to; beyond it a pattern is almost surely a mistake. */
  static final int MAX_EXPANSIONS = 1000;

  /** The most words {@code <any:N-M>} may skip. */
  static final int MAX_ANY = 5;

  private static final String LEET_SYMBOLS = "@$!|*";

  private final String value;
  private final int line;
  private final int column0;
  private final Problems problems;
  private boolean failed;
  private int failures;

  private PatternParser(String value, int line, int column0, Problems problems) {
    this.value = value;
    this.line = line;
    this.column0 = column0;
    this.problems = problems;
  }

  /**
   * The patterns of one value, split at top-level {@code |}. Returns {@code null} when any problem was reported.
   *
   * @param column0 1-based column of {@code value}'s first character
   */
  static List<LexiconPattern> parse(String value, int line, int column0, Problems problems) {
    PatternParser p = new PatternParser(value, line, column0, problems);
    List<LexiconPattern> patterns = p.patterns();
    return p.failed ? null : patterns;
  }

  /**
   * One class form ({@code word} or {@code word*}); returns {@code null} when a problem was reported.
   *
   * @param column0 1-based column of {@code form}'s first character
   */
  static PatternToken.Form parseForm(String form, int column0, Problems problems) {
    PatternParser p = new PatternParser(form, 0, column0, problems);
    if (form.isEmpty()) {
      p.fail(0, "empty class form");
      return null;
    }
    PatternToken.Form f = p.singleForm(0, form.length());
    return p.failed ? null : f;
  }

  private List<LexiconPattern> patterns() {
    List<LexiconPattern> out = new ArrayList<>();
    List<PatternToken> tokens = new ArrayList<>();
    int start = 0;
    int failuresBefore = 0;
    int i = 0;
    while (i <= value.length()) {
      char c = i < value.length() ? value.charAt(i) : '|';
      if (c == '|') {
        if (failures == failuresBefore) {
          finish(out, tokens, start, i);
        }
        failuresBefore = failures;
        tokens = new ArrayList<>();
        start = i + 1;
        i++;
      } else if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '(' && i + 1 < value.length() && isWordChar(value.charAt(i + 1))) {
        i = group(i, tokens);
      } else if (c == '<' && i + 1 < value.length() && isAsciiLetter(value.charAt(i + 1))) {
        i = classRef(i, tokens);
      } else if (isWordChar(c)) {
        int end = wordEnd(i);
        tokens.add(new PatternToken.Words(List.of(form(i, end)), false, col(i)));
        i = end;
      } else {
        if (LEET_SYMBOLS.indexOf(c) >= 0 && i > 0 && isWordChar(value.charAt(i - 1))
            && i + 1 < value.length() && isWordChar(value.charAt(i + 1))) {
          fail(i, "write the plain word: leet spellings and '*' inside words are matched automatically");
        }
        tokens.add(new PatternToken.Punct(c, col(i)));
        i++;
      }
    }
    return out;
  }

  private void finish(List<LexiconPattern> out, List<PatternToken> tokens, int start, int end) {
    String src = value.substring(start, end);
    int lead = 0;
    while (lead < src.length() && (src.charAt(lead) == ' ' || src.charAt(lead) == '\t')) {
      lead++;
    }
    String trimmed = src.strip();
    if (trimmed.isEmpty()) {
      fail(Math.min(start + lead, Math.max(0, value.length() - 1)), "empty pattern");
      return;
    }
    int minWords = 0;
    long expansions = 1;
    for (PatternToken t : tokens) {
      if (t instanceof PatternToken.Words w) {
        minWords += w.optional() ? 0 : 1;
        expansions *= w.forms().size() + (w.optional() ? 1 : 0);
      } else if (t instanceof PatternToken.AnyWords a) {
        minWords += a.min();
        expansions *= a.max() - a.min() + 1;
      } else {
        minWords++;
      }
      expansions = Math.min(expansions, Integer.MAX_VALUE);
    }
    int column = start + lead;
    if (minWords == 0) {
      fail(column, "pattern can match empty text: make at least one token required");
    } else if (expansions > MAX_EXPANSIONS) {
      fail(column, "pattern expands to " + expansions + " word sequences; at most " + MAX_EXPANSIONS
          + " are allowed: split it or use a <class>");
    }
    out.add(new LexiconPattern(trimmed, line, col(column), tokens));
  }

  /** Parses {@code (a|b|c)} or {@code (a|b)?} at {@code i}; returns the index after it. */
  private int group(int i, List<PatternToken> tokens) {
    int close = value.indexOf(')', i);
    int bar = value.indexOf('|', i);
    if (close < 0) {
      fail(i, "unclosed '(': a group is (a|b) or (a|b)?");
      return value.length();
    }
    List<PatternToken.Form> forms = new ArrayList<>();
    int altStart = i + 1;
    for (int j = i + 1; j <= close; j++) {
      if (j == close || value.charAt(j) == '|') {
        int a = altStart;
        int b = j;
        while (a < b && value.charAt(a) == ' ') {
          a++;
        }
        while (b > a && value.charAt(b - 1) == ' ') {
          b--;
        }
        if (a == b) {
          fail(Math.min(a, close), "empty alternative in group");
        } else {
          PatternToken.Form f = singleForm(a, b);
          if (f != null) {
            forms.add(f);
          }
        }
        altStart = j + 1;
      }
    }
    if (bar < 0 || bar > close) {
      // A one-word group is legal only as an optional word: "(very)?".
      if (close + 1 >= value.length() || value.charAt(close + 1) != '?') {
        fail(i, "a group needs at least two alternatives, or a '?' after it");
      }
    }
    boolean optional = close + 1 < value.length() && value.charAt(close + 1) == '?';
    tokens.add(new PatternToken.Words(forms, optional, col(i)));
    int next = close + (optional ? 2 : 1);
    if (next < value.length() && value.charAt(next) != ' ' && value.charAt(next) != '|') {
      fail(next, "expected a space after ')'");
    }
    return next;
  }

  /** Parses {@code <name>}, {@code <any>} or {@code <any:N-M>} at {@code i}; returns the index after it. */
  private int classRef(int i, List<PatternToken> tokens) {
    int close = value.indexOf('>', i);
    if (close < 0) {
      fail(i, "unclosed '<': a class is <name>, <any> or <any:N-M>");
      return value.length();
    }
    String body = value.substring(i + 1, close);
    if (body.equals("any")) {
      tokens.add(new PatternToken.AnyWords(1, 1, col(i)));
    } else if (body.startsWith("any:")) {
      String range = body.substring(4);
      int dash = range.indexOf('-');
      int min = -1;
      int max = -1;
      if (dash > 0 && range.chars().allMatch(ch -> ch == '-' || (ch >= '0' && ch <= '9'))) {
        try {
          min = Integer.parseInt(range.substring(0, dash));
          max = Integer.parseInt(range.substring(dash + 1));
        } catch (NumberFormatException e) {
          min = -1;
        }
      }
      if (min < 0 || max < min || max > MAX_ANY || max == 0) {
        fail(i, "bad word range '" + body + "': write <any:N-M> with 0 <= N <= M <= " + MAX_ANY + " and M >= 1");
      } else {
        tokens.add(new PatternToken.AnyWords(min, max, col(i)));
      }
    } else if (body.matches("[a-z_]+")) {
      tokens.add(new PatternToken.ClassRef(body, col(i)));
    } else {
      fail(i, "bad class name '" + body + "': class names are lower-case letters and '_'");
    }
    return close + 1;
  }

  /** A form that must span exactly {@code [a, b)}. */
  private PatternToken.Form singleForm(int a, int b) {
    if (!isWordChar(value.charAt(a))) {
      fail(a, "expected a word or word*, found '" + value.charAt(a) + "'");
      return null;
    }
    int end = wordEnd(a);
    if (end != b) {
      fail(end, "an alternative or class form is a single word or word*");
      return null;
    }
    return form(a, end);
  }

  /** The end of the word (and its optional {@code *}) starting at {@code i}, reporting glued leet symbols. */
  private int wordEnd(int i) {
    int j = i;
    while (j < value.length()) {
      char c = value.charAt(j);
      if (isWordChar(c)) {
        if (Character.isUpperCase(c)) {
          fail(j, "patterns are written in lower case: '" + Character.toLowerCase(c) + "'");
        }
        j++;
      } else if ((c == '\'' || c == '-') && j > i && j + 1 < value.length() && isWordChar(value.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (j < value.length() && value.charAt(j) == '*') {
      j++;
      if (j < value.length() && isWordChar(value.charAt(j))) {
        fail(j - 1, "write the plain word: leet spellings and '*' inside words are matched automatically");
      }
    }
    return j;
  }

  private PatternToken.Form form(int a, int end) {
    boolean prefix = value.charAt(end - 1) == '*';
    String text = value.substring(a, prefix ? end - 1 : end).toLowerCase(java.util.Locale.ROOT);
    return new PatternToken.Form(text, prefix);
  }

  private void fail(int index, String message) {
    failed = true;
    failures++;
    problems.report(col(index), message);
  }

  private int col(int index) {
    return column0 + index;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
