package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One parsed pattern of a {@code match}, {@code unless-before} or {@code unless-after} line. Immutable.
 *
 * <p>A line written as {@code a | b} yields one pattern per alternative, each with its own column.
 */
public final class LexiconPattern {
  private final String source;
  private final int line;
  private final int column;
  private final List<PatternToken> tokens;

  LexiconPattern(String source, int line, int column, List<PatternToken> tokens) {
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.tokens = List.copyOf(tokens);
  }

  /** The pattern as written, trimmed. */
  public String source() {
    return source;
  }

  /** 1-based line of the pattern in its file. */
  public int line() {
    return line;
  }

  /** 1-based column of the pattern's first character. */
  public int column() {
    return column;
  }

  List<PatternToken> tokens() {
    return tokens;
  }

  @Override
  public String toString() {
    return source;
  }
}
