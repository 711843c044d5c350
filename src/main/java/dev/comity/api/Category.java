package dev.comity.api;


/**
 * What kind of inflammatory language a finding is. Ids are stable and appear in JSON reports, lexicon files and
 * policies.
 */
public enum Category {
  /** Name-calling and insults aimed at a person or group ("idiot", "clueless"). */
  INSULT("insult"),
  /** Swearing and vulgarity, whoever it is aimed at. */
  PROFANITY("profanity"),
  /** Attacks on people for who they are (religion, ethnicity, gender, orientation, disability...). */
  IDENTITY_ATTACK("identity_attack"),
  /** Threats of harm, violence or retaliation. */
  THREAT("threat"),
  /** Disease, vermin and garbage metaphors aimed at people or their work ("spreading this cancer"). */
  DEHUMANIZING("dehumanizing"),
  /** Ridicule and sarcasm at someone's expense. */
  MOCKING("mocking"),
  /** Brushing a person off instead of the argument ("maybe the problem is you"). */
  DISMISSIVE("dismissive"),
  /** Bitter frustration vented at others ("this is beyond ridiculous"). */
  FRUSTRATION("frustration"),
  /** Demanding speed from volunteers ("fix this already", "any update?!"). */
  IMPATIENCE("impatience"),
  /** Treating maintainers as owing service ("I demand", "you owe us"). */
  ENTITLEMENT("entitlement"),
  /** Urging others to pile on, shame on social media or flood a thread. */
  CALL_TO_ACTION("call_to_action"),
  /** Sexual content and harassment. */
  SEXUAL("sexual");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** The stable lower-case id, as written in reports and lexicons. */
  public String id() {
    return id;
  }

  /**
   * Looks a category up by its id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static Category fromId(String id) {
    for (Category c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown category '" + id + "'; expected one of " + Ids.list(values(), Category::id));
  }

  @Override
  public String toString() {
    return id;
  }

}
