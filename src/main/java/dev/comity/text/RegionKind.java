package dev.comity.text;

/** What a stretch of a message is: the author's own prose or something they quote, paste or sign with. */
public enum RegionKind {
  /** The author's own words. The only kind scored by default. */
  PROSE("prose"),
  /** Text quoted from an earlier message ({@code >} prefixes, or everything under an "Original Message" marker). */
  QUOTED("quoted"),
  /** A line introducing a quote ("On Tue, 4 Feb 2025, Jane wrote:"). */
  ATTRIBUTION("attribution"),
  /** A signature, from a {@code -- } line to the end. */
  SIGNATURE("signature"),
  /** An inline patch ({@code diff --git}, unified diff hunks). */
  PATCH("patch"),
  /** A code block: fenced with backticks or tildes, or indented. */
  CODE("code"),
  /** Log output and stack traces. */
  LOG("log"),
  /** A URL. */
  URL("url");

  private final String id;

  RegionKind(String id) {
    this.id = id;
  }

  /** The stable lower-case id. */
  public String id() {
    return id;
  }

  /**
   * Looks a region kind up by its id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static RegionKind fromId(String id) {
    for (RegionKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (RegionKind k : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(k.id);
    }
    throw new IllegalArgumentException("unknown region kind '" + id + "'; expected one of " + valid);
  }

  @Override
  public String toString() {
    return id;
  }
}
