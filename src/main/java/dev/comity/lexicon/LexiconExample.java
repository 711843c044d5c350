package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code hit} or {@code ok} example of an entry. Immutable.
 *
 * <p>In a {@code hit} the characters {@code {} and {@code }} mark the expected spans and are not part of the text; in
 * an {@code ok} they are ordinary characters.
 */
public final class LexiconExample {
  private final boolean hit;
  private final String source;
  private final String text;
  private final List<Span> spans;
  private final int line;
  private final int column;

  LexiconExample(boolean hit, String source, int line, int column) {
    this.hit = hit;
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    if (!hit) {
      this.text = source;
      this.spans = List.of();
      return;
    }
    StringBuilder t = new StringBuilder(source.length());
    List<Span> s = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '{') {
        open = t.length();
      } else if (c == '}') {
        s.add(new Span(open, t.length()));
      } else {
        t.append(c);
      }
    }
    this.text = t.toString();
    this.spans = List.copyOf(s);
  }

  /** Whether this is a {@code hit} example (the rule must flag it) rather than an {@code ok} one. */
  public boolean isHit() {
    return hit;
  }

  /** The value as written, markers included. */
  public String source() {
    return source;
  }

  /** The example text, without markers. */
  public String text() {
    return text;
  }

  /** The expected spans in {@link #text()}, in order; empty for {@code ok} examples. */
  public List<Span> spans() {
    return spans;
  }

  /** 1-based line of the example. */
  public int line() {
    return line;
  }

  /** 1-based column of the example's first character. */
  public int column() {
    return column;
  }

  /** The 1-based source column of offset {@code offset} of {@link #text()}, skipping markers. */
  public int columnOf(int offset) {
    int col = column;
    int seen = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (hit && (c == '{' || c == '}')) {
        col++;
        continue;
      }
      if (seen == offset) {
        return col;
      }
      seen++;
      col++;
    }
    return col;
  }

  @Override
  public String toString() {
    return (hit ? "hit: " : "ok: ") + source;
  }
}
