package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One problem in a lexicon file, at a 1-based line and column (columns count UTF-16 code units). Immutable.
 *
 * @param file the file as it was named to the parser or linter; bundled files are named {@code lexicons/...}
 * @param line 1-based line number
 * @param column 1-based column of the offending token
 * @param message what is wrong, in one line
 * @param sourceLine the text of the offending line, without its line break; empty when unknown
 */
public record LexiconProblem(Path file, int line, int column, String message, String sourceLine)
    implements Comparable<LexiconProblem> {

  public LexiconProblem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
    requireNonNull(sourceLine, "sourceLine");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** A problem whose source line is not known. */
  public LexiconProblem(Path file, int line, int column, String message) {
    this(file, line, column, message, "");
  }

  /**
   * {@code path:line:col: message}, then the source line and a caret under the column (when the source line is known),
   * each on its own line, without a trailing line break.
   */
  public String format() {
    if (sourceLine.isEmpty()) {
      return toString();
    }
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
      // Tabs stay tabs so the caret lines up in a terminal whatever its tab width.
      caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return this + "\n" + sourceLine + "\n" + caret + "^";
  }

  /** {@code path:line:col: message} on one line, as listed by {@link dev.comity.api.ConfigurationException}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }

  /** Orders by file name, line, column, then message. */
  @Override
  public int compareTo(LexiconProblem o) {
    int c = file.toString().compareTo(o.file.toString());
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    return c != 0 ? c : message.compareTo(o.message);
  }
}
