package dev.comity.mail;

/**
 * Bounds on the work {@link MailParser} does for one message, so that a hostile or broken message costs time and memory
 * in proportion to its size, with a small constant. A message that reaches a bound still gives a message: the text
 * read until then, and {@link MailParser.Parsed#truncated()} set. Immutable and thread-safe.
 *
 * @param maxParts body parts read, counted over the whole MIME tree; the parts after the last one are not read
 * @param maxDepth nesting of multiparts and attached messages, the message itself being depth 1; the body of an entity
 *     at this depth is not parsed further: its raw source (MIME headers and boundaries included, transfer encodings
 *     not undone) is read as text, so nesting cannot hide text, and the cost of reading each byte stays bounded,
 *     since every level of nesting adds one boundary search
 * @param maxTextBytes decoded bytes of text parts read, over the whole message; the rest of a text part is dropped
 */
public record MailLimits(int maxParts, int maxDepth, int maxTextBytes) {
  /**
   * Limits far above what developer mail needs (real threads nest five or six levels, with a handful of parts), and
   * low enough that a crafted message stays cheap.
   */
  public static final MailLimits DEFAULT = new MailLimits(1_000, 32, 16 << 20);

  /** @throws IllegalArgumentException naming every bound that is not at least 1 */
  public MailLimits {
    StringBuilder problems = new StringBuilder();
    check(problems, "maxParts", maxParts);
    check(problems, "maxDepth", maxDepth);
    check(problems, "maxTextBytes", maxTextBytes);
    if (problems.length() > 0) {
      throw new IllegalArgumentException(problems.toString());
    }
  }

  private static void check(StringBuilder problems, String name, int value) {
    if (value < 1) {
      problems.append(problems.length() > 0 ? "; " : "").append(name).append(" must be at least 1, got ").append(value);
    }
  }
}
