package dev.comity.api;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a message's original text: {@code start} inclusive,
 * {@code end} exclusive, so {@code text.substring(start, end)} is the covered text. Immutable.
 *
 * @param start first covered index, {@code >= 0}
 * @param end index after the last covered one, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** @throws IllegalArgumentException when {@code start < 0} or {@code end < start} */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers nothing. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether {@code index} lies within this span. */
  public boolean contains(int index) {
    return start <= index && index < end;
  }

  /**
   * The covered part of {@code text}.
   *
   * @throws IndexOutOfBoundsException when the span reaches past the end of {@code text}
   */
  public String coveredText(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
