package dev.comity.thread;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Subject normalization for grouping threads whose reply headers were lost. */
public final class Subjects {
  // One leading reply/forward marker ("Re:", "RE[2]:", "Fwd:", "AW:") or list tag ("[R]", "[PATCH v2]").
  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^\\s*(?:re|fwd?|aw|sv)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG_PREFIX = Pattern.compile("^\\s*\\[[^\\]]*\\]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Subjects() {}

  /**
   * The subject without leading reply/forward markers and list tags, in any order and number, with whitespace collapsed
   * to single spaces, trimmed and lower-cased: {@code "Re: Re: [R]  Bug in lm()"} gives {@code "bug in lm()"}.
   */
  public static String normalize(String subject) {
    return strip(subject).text;
  }

  /** Whether the subject carries a reply or forward marker ({@code Re:}, {@code Fwd:}, {@code Aw:}...). */
  public static boolean isReply(String subject) {
    return strip(subject).reply;
  }

  private record Stripped(String text, boolean reply) {}

  private static Stripped strip(String subject) {
    String s = subject;
    boolean reply = false;
    while (true) {
      Matcher m = REPLY_PREFIX.matcher(s);
      if (m.find()) {
        reply = true;
        s = s.substring(m.end());
        continue;
      }
      m = TAG_PREFIX.matcher(s);
      if (m.find()) {
        s = s.substring(m.end());
        continue;
      }
      break;
    }
    return new Stripped(SPACES.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT), reply);
  }
}
