package dev.comity.api;

/** How bad a finding is, independent of how sure the scorer is about it ({@link Finding#confidence()}). */
public enum Severity {
  /** Worth noting; on its own it should not hold a message. */
  LOW("low", 0.35),
  /** Worth a moderator's look. */
  MEDIUM("medium", 0.65),
  /** A clear breach of a code of conduct when aimed at a person. */
  HIGH("high", 0.9);

  private final String id;
  private final double weight;

  Severity(String id, double weight) {
    this.id = id;
    this.weight = weight;
  }

  /** The stable lower-case id. */
  public String id() {
    return id;
  }

  /** The weight in [0, 1] a finding of this severity contributes to its category score at full confidence. */
  public double weight() {
    return weight;
  }

  /** One level lower, or {@code LOW} when already lowest. */
  public Severity lower() {
    return this == HIGH ? MEDIUM : LOW;
  }

  /**
   * Looks a severity up by its id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static Severity fromId(String id) {
    for (Severity s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + id + "'; expected one of " + Ids.list(values(), Severity::id));
  }

  @Override
  public String toString() {
    return id;
  }
}
