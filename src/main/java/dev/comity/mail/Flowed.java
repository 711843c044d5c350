package dev.comity.mail;

/**
 * Undoes RFC 3676 {@code format=flowed}: a line ending in a space continues on the next line of the same quote depth,
 * so a paragraph the sender's mailer wrapped at 72 columns becomes one line again, and a phrase split over two lines
 * can match. Quote depth is kept as a {@code >} per level and a space; space-stuffing is removed; with
 * {@code DelSp=yes} the soft-break space is removed too (it was added inside a word). The signature separator
 * {@code "-- "} is never a soft break. One pass, no regular expressions.
 */
final class Flowed {
  private Flowed() {}

  /** The unwrapped text of {@code text}; line breaks come out as LF. */
  static String unwrap(String text, boolean delSp) {
    StringBuilder out = new StringBuilder(text.length());
    boolean open = false;
    int openDepth = 0;
    int pos = 0;
    while (pos < text.length()) {
      int newline = text.indexOf('\n', pos);
      int end = newline < 0 ? text.length() : newline;
      int next = newline < 0 ? text.length() : newline + 1;
      if (end > pos && text.charAt(end - 1) == '\r') {
        end--;
      }
      int content = pos;
      while (content < end && text.charAt(content) == '>') {
        content++;
      }
      int depth = content - pos;
      if (content < end && text.charAt(content) == ' ') {
        content++;
      }
      boolean signature = end - content == 3 && text.startsWith("-- ", content);
      boolean flowed = !signature && end > content && text.charAt(end - 1) == ' ';
      if (open && depth != openDepth) {
        // A soft break followed by a different quote depth is a sender's error; RFC 3676 says to treat it as hard.
        out.append('\n');
        open = false;
      }
      if (!open && depth > 0) {
        out.append(">".repeat(depth)).append(' ');
      }
      out.append(text, content, flowed && delSp ? end - 1 : end);
      if (flowed) {
        open = true;
        openDepth = depth;
      } else {
        open = false;
        if (newline >= 0) {
          out.append('\n');
        }
      }
      pos = next;
    }
    return out.toString();
  }
}
