package dev.comity.api;

/** Whom or what a finding is aimed at, when the scorer can tell. */
public enum Target {
  /** The reader or a named participant (second person, a name, "he"/"she"). */
  PERSON("person"),
  /** A group of people ("you people", "the maintainers", an identity group). */
  GROUP("group"),
  /** Code, a patch, a design or a project rather than a person. */
  ARTIFACT("artifact"),
  /** The writer ("I was an idiot"): not an attack on a colleague. */
  SELF("self"),
  /** The scorer could not tell. */
  UNKNOWN("unknown");

  private final String id;

  Target(String id) {
    this.id = id;
  }

  /** The stable lower-case id. */
  public String id() {
    return id;
  }

  /**
   * Looks a target up by its id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static Target fromId(String id) {
    for (Target t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown target '" + id + "'; expected one of " + Ids.list(values(), Target::id));
  }

  @Override
  public String toString() {
    return id;
  }
}
