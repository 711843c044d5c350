package dev.comity.lexicon;

/** What a lexicon file holds, from its {@code @kind} directive. */
public enum LexiconKind {
  /** Rules whose matches become findings (the default). */
  RULES("rules"),
  /** Phrases whose matches suppress every overlapping finding (technical senses, idioms). */
  ALLOW("allow");

  private final String id;

  LexiconKind(String id) {
    this.id = id;
  }

  /** The id as written after {@code @kind}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
