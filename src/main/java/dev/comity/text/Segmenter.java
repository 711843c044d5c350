package dev.comity.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Splits a message body into {@link Region}s. Stateless and thread-safe.
 *
 * <p>Segmenting reads the text line by line, looking at most a few lines ahead, in time linear in its length and
 * without regular expressions. Lines are classified by shape:
 *
 * <ul>
 *   <li>{@link RegionKind#QUOTED}: lines starting with {@code >} after at most three spaces, at the depth of their
 *       {@code >} marks; and everything below a client's quote marker ("-----Original Message-----", a line of
 *       underscores or a bare "From:" followed by "Sent:", "---------- Forwarded message ---------", "Begin forwarded
 *       message:") up to a signature separator, at depth 1 ({@code >} lines one deeper). A {@code >} quote wins over
 *       every other reading: Python's {@code >>>} prompt and R's {@code >} prompt read as quotes.
 *   <li>{@link RegionKind#ATTRIBUTION}: a line ending in "wrote:", "writes:", "a écrit :", "schrieb:" and their
 *       relatives, or "Am ... schrieb Jane:"; the "On ..." line before such a line; a line that starts like an
 *       attribution ("On ", "Quoting ", mutt's "* "), ends with a colon, names a date or address and is followed by a
 *       quote after at most two blank lines; and a quote marker with the header fields below it.
 *   <li>{@link RegionKind#SIGNATURE}: from a line that is exactly "-- " or "--" to the end, unless a quote, an
 *       attribution, a quote marker or a patch starts after it (a top-poster's quoted thread); the text after those is
 *       read afresh.
 *   <li>{@link RegionKind#PATCH}: from {@code diff -}, a hunk header, {@code ---} followed by {@code +++},
 *       {@code Index:} followed by {@code ===}, or a format-patch diffstat, through headers and hunk lines. Hunk headers'
 *       line counts decide where a hunk ends, so a removed line "-- " stays in the patch and a line after a hunk line
 *       is taken as wrapped by the mail client.
 *   <li>{@link RegionKind#CODE}: fenced blocks (three or more backticks or tildes) to the closing fence or the end,
 *       everything inside them included; blocks indented by four columns after a blank line, unless they continue a
 *       list item; and two or more lines in a row that end with {@code ;}, <code>{</code> or <code>}</code>, are C
 *       preprocessor directives or start with a {@code $ } prompt (plus indented lines among them).
 *   <li>{@link RegionKind#LOG}: stack traces and log lines (Java, Python, Go, Rust, JavaScript and R errors, kernel,
 *       logcat, timestamped and compiler output), with the indented or exception lines that continue them.
 *   <li>{@link RegionKind#URL}: {@code http(s)://}, {@code ftp://}, {@code mailto:} and {@code www.} URLs inside prose
 *       lines, to the next white space less trailing punctuation, keeping a {@code )} that closes a parenthesis of the
 *       URL. URLs inside other kinds stay part of them.
 *   <li>{@link RegionKind#PROSE}: everything else.
 * </ul>
 *
 * <p>Blank lines join the region above them (prose at the start of the text). The kinds are a best reading of honest
 * text, not a security boundary: anyone can prefix a line with {@code >}.
 */
public final class Segmenter {
  private Segmenter() {}

  /**
   * The regions of {@code text}: sorted, non-overlapping, together covering every UTF-16 code unit of the text; empty
   * for the empty text. A line's terminator ({@code \n}, {@code \r\n} or a lone {@code \r}) belongs to the region of
   * the line it ends; adjacent lines of the same kind and quote depth form one region. Never throws on any text.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static List<Region> segment(String text) {
    return new SegmentScanner(requireNonNull(text, "text")).scan();
  }
}
