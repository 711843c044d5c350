package dev.comity.api;

/** What a report recommends, from the {@link Policy} thresholds; ordered from mildest to worst. */
public enum Verdict {
  /** Nothing at or above a review threshold. */
  OK("ok"),
  /** Some category reached its review threshold: a human should look. */
  REVIEW("review"),
  /** Some category reached its violation threshold. */
  VIOLATION("violation");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  /** The stable lower-case id. */
  public String id() {
    return id;
  }

  /** Whether this verdict is at least as bad as {@code other}. */
  public boolean atLeast(Verdict other) {
    return compareTo(other) >= 0;
  }

  /**
   * Looks a verdict up by its id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static Verdict fromId(String id) {
    for (Verdict v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown verdict '" + id + "'; expected one of " + Ids.list(values(), Verdict::id));
  }

  @Override
  public String toString() {
    return id;
  }
}
