package dev.comity.text;

import static dev.comity.text.RegionKind.ATTRIBUTION;
import static dev.comity.text.RegionKind.CODE;
import static dev.comity.text.RegionKind.LOG;
import static dev.comity.text.RegionKind.PATCH;
import static dev.comity.text.RegionKind.PROSE;
import static dev.comity.text.RegionKind.QUOTED;
import static dev.comity.text.RegionKind.SIGNATURE;
import static dev.comity.text.RegionKind.URL;

import java.util.List;

/**
 * One pass over the lines of a text that decides the kind of each line, looking at most a few lines ahead, and hands
 * it to a {@link RegionCollector}. Holds the state of one call: not thread-safe.
 */
final class SegmentScanner {
  /** Blocks that span lines and change how the lines inside them are read. */
  private enum Mode {
    /** Each line read on its own, with the few facts about the lines before it kept below. */
    NORMAL,
    /** Inside a fenced code block. */
    FENCE,
    /** Inside a patch. */
    PATCH,
    /** After a signature separator. */
    SIGNATURE,
    /** Right after a quote marker such as "-----Original Message-----": the quoted message's header fields. */
    QUOTE_HEADERS,
    /** Below a quote marker: the rest of the text is quoted. */
    UNPREFIXED_QUOTE
  }

  /** How many blank lines may stand between an attribution and its quote. */
  private static final int MAX_BLANKS_BEFORE_QUOTE = 2;

  /** The text as an array: the line tests index it directly. */
  private final char[] text;
  private final TextLines lines;
  private final Urls urls;
  private final RegionCollector out = new RegionCollector();
  private Mode mode = Mode.NORMAL;

  /** Kind of the previous line; null when it was blank or there was none. */
  private RegionKind lastKind;
  /** In a block of code recognized by its shape; survives blank lines. */
  private boolean shapeCode;
  /** In a block of indented code; survives blank lines. */
  private boolean indentedCode;
  /** In a list, where indented paragraphs continue list items instead of being code; survives blank lines. */
  private boolean inList;

  private char fenceChar;
  private int fenceLength;

  /** Lines the current hunk still expects from the old and new file; both 0 outside hunks. */
  private int oldLeft;
  private int newLeft;
  private boolean seenHunk;
  /** The previous line was a hunk line, so this one may be its continuation wrapped by a mail client. */
  private boolean mayBeWrapped;

  private boolean seenQuoteHeader;

  SegmentScanner(String text) {
    this.text = text.toCharArray();
    this.lines = new TextLines(text, this.text);
    this.urls = new Urls(text, this.text);
  }

  List<Region> scan() {
    for (int i = 0, n = lines.count(); i < n; i++) {
      int s = lines.start(i);
      int e = lines.contentEnd(i);
      int next = lines.end(i);
      switch (mode) {
        case FENCE -> fenced(s, e, next);
        case PATCH -> {
          if (isPatchLine(s, e)) {
            emit(PATCH, 0, next);
          } else {
            mode = Mode.NORMAL;
            normal(i, s, e, next);
          }
        }
        case SIGNATURE -> signature(i, s, e, next);
        case QUOTE_HEADERS, UNPREFIXED_QUOTE -> unprefixedQuote(i, s, e, next);
        case NORMAL -> normal(i, s, e, next);
      }
    }
    return out.finish();
  }

  private void normal(int i, int s, int e, int next) {
    int p = Lines.skipSpaces(text, s, e);
    if (p == e) {
      blank(next);
    } else if (text[p] == '>') {
      // A '>' quote wins over every other reading, Python's ">>> " prompt included.
      emit(QUOTED, Lines.quoteDepth(text, p, e), next);
    } else if (opensFence(s, e)) {
      mode = Mode.FENCE;
      emit(CODE, 0, next);
    } else if (Lines.isSignatureDash(text, s, e)) {
      mode = Mode.SIGNATURE;
      emit(SIGNATURE, 0, next);
    } else if (isQuoteMarker(i, s, e)) {
      mode = Mode.QUOTE_HEADERS;
      seenQuoteHeader = false;
      emit(ATTRIBUTION, 0, next);
    } else if (startsPatch(i, s, e)) {
      mode = Mode.PATCH;
      oldLeft = 0;
      newLeft = 0;
      seenHunk = false;
      isPatchLine(s, e); // reads the counts when the patch starts with a hunk header
      emit(PATCH, 0, next);
    } else if (isAttribution(i, s, e)) {
      emit(ATTRIBUTION, 0, next);
    } else if (isLog(i, s, e)) {
      emit(LOG, 0, next);
    } else {
      codeOrProse(i, s, e, next);
    }
  }

  /**
   * Code by shape needs two code-looking lines in a row, then continues over code-looking and indented lines. Indented
   * code needs a blank line (or the start) before it and no list it could continue.
   */
  private void codeOrProse(int i, int s, int e, int next) {
    boolean shaped = Lines.looksLikeCode(text, s, e);
    boolean leadingSpace = Lines.isSpace(text[s]);
    if (shapeCode ? shaped || leadingSpace : shaped && nextLooksLikeCode(i)) {
      emit(CODE, 0, next);
      shapeCode = true;
    } else if (!inList && (lastKind == null || indentedCode) && Lines.isIndented(text, s, e)) {
      emit(CODE, 0, next);
      indentedCode = true;
    } else {
      boolean list = Lines.isListItem(text, s, e) || (inList && leadingSpace);
      prose(s, e, next);
      inList = list;
    }
  }

  private void fenced(int s, int e, int next) {
    if (closesFence(s, e)) {
      mode = Mode.NORMAL;
    }
    emit(CODE, 0, next);
  }

  /**
   * The signature runs to the end of the text unless a quote, an attribution, a quote marker or a patch starts after
   * it: top-posters sign above the quoted thread.
   */
  private void signature(int i, int s, int e, int next) {
    if (Lines.isBlank(text, s, e)) {
      blank(next);
    } else if (Lines.quoteDepth(text, s, e) > 0
        || isQuoteMarker(i, s, e)
        || startsPatch(i, s, e)
        || isAttribution(i, s, e)) {
      mode = Mode.NORMAL;
      normal(i, s, e, next);
    } else {
      emit(SIGNATURE, 0, next);
    }
  }

  /**
   * Below a quote marker: its header fields are part of the attribution, everything after them is quoted at depth 1
   * ({@code >} lines one deeper) up to a signature separator. A nested marker starts a new header block.
   */
  private void unprefixedQuote(int i, int s, int e, int next) {
    if (Lines.isBlank(text, s, e)) {
      if (seenQuoteHeader) {
        mode = Mode.UNPREFIXED_QUOTE;
      }
      blank(next);
      return;
    }
    if (mode == Mode.QUOTE_HEADERS) {
      if (Attributions.isHeaderField(text, s, e) || (seenQuoteHeader && Lines.isSpace(text[s]))) {
        seenQuoteHeader = true;
        emit(ATTRIBUTION, 0, next);
        return;
      }
      mode = Mode.UNPREFIXED_QUOTE;
    }
    if (Lines.isSignatureDash(text, s, e)) {
      mode = Mode.SIGNATURE;
      emit(SIGNATURE, 0, next);
    } else if (isQuoteMarker(i, s, e)) {
      mode = Mode.QUOTE_HEADERS;
      seenQuoteHeader = false;
      emit(ATTRIBUTION, 0, next);
    } else {
      emit(QUOTED, Lines.quoteDepth(text, s, e) + 1, next);
    }
  }

  /**
   * Whether the line continues the patch. Inside a hunk the header's line counts say how many lines belong to it, so
   * a removed line reading "-- " is not taken for a signature; a line without a hunk prefix right after a hunk line is
   * taken as that line wrapped by a mail client. Between hunks, diff headers and diffstat lines continue the patch,
   * and so do further hunk lines when the counts were wrong (hand-edited patches).
   */
  private boolean isPatchLine(int s, int e) {
    if (oldLeft > 0 || newLeft > 0) {
      if (s == e) { // a context line whose single space the mail client trimmed
        countHunkLine(true, true);
        mayBeWrapped = false;
        return true;
      }
      char c = text[s];
      if (c == ' ' || c == '-' || c == '+') {
        countHunkLine(c != '+', c != '-');
        mayBeWrapped = true;
        return true;
      }
      if (c == '\\') { // "\ No newline at end of file"
        return true;
      }
      if (mayBeWrapped && Patches.hunk(text, s, e) == null && !Patches.isHeader(text, s, e)) {
        countHunkLine(true, true);
        mayBeWrapped = false;
        return true;
      }
      oldLeft = 0;
      newLeft = 0;
    }
    mayBeWrapped = false;
    Patches.Hunk hunk = Patches.hunk(text, s, e);
    if (hunk != null) {
      oldLeft = hunk.oldLines();
      newLeft = hunk.newLines();
      seenHunk = true;
      return true;
    }
    if (s == e || Lines.isSignatureDash(text, s, e)) {
      return false;
    }
    char c = text[s];
    return Patches.isHeader(text, s, e)
        || Patches.isSeparator(text, s, e)
        || Patches.isDiffstat(text, s, e)
        || (seenHunk && (c == '+' || c == '-' || (c == ' ' && !Lines.isBlank(text, s, e))));
  }

  private void countHunkLine(boolean fromOld, boolean fromNew) {
    if (fromOld && oldLeft > 0) {
      oldLeft--;
    }
    if (fromNew && newLeft > 0) {
      newLeft--;
    }
  }

  private boolean startsPatch(int i, int s, int e) {
    return Patches.startsPatch(text, s, e, nextStart(i), nextContentEnd(i));
  }

  private boolean isQuoteMarker(int i, int s, int e) {
    return Attributions.isQuoteMarker(text, s, e, nextStart(i), nextContentEnd(i));
  }

  /**
   * An attribution ends with "wrote:" or its relatives; is the first half of one wrapped over two lines ("On ..."
   * then "... wrote:"); or starts like one and ends with a colon right before a quote.
   */
  private boolean isAttribution(int i, int s, int e) {
    if (Attributions.endsWithVerb(text, s, e)) {
      return true;
    }
    if (!Attributions.startsWithOpener(text, s, e) || i + 1 >= lines.count()) {
      return false;
    }
    if (Attributions.endsWithVerb(text, lines.start(i + 1), lines.contentEnd(i + 1))) {
      return true;
    }
    return Attributions.opensQuote(text, s, e) && quoteFollows(i);
  }

  private boolean quoteFollows(int i) {
    for (int j = i + 1, last = Math.min(lines.count() - 1, i + 1 + MAX_BLANKS_BEFORE_QUOTE); j <= last; j++) {
      int s = lines.start(j);
      int e = lines.contentEnd(j);
      if (!Lines.isBlank(text, s, e)) {
        return Lines.quoteDepth(text, s, e) > 0;
      }
    }
    return false;
  }

  /**
   * Strong log lines stand alone; weak ones continue a log; an exception line ("java.lang.Foo: bar") also starts one
   * when a strong line follows.
   */
  private boolean isLog(int i, int s, int e) {
    return Logs.isStrong(text, s, e)
        || (lastKind == LOG && Logs.isWeak(text, s, e))
        || (Logs.isExceptionLine(text, s, e)
            && i + 1 < lines.count()
            && Logs.isStrong(text, lines.start(i + 1), lines.contentEnd(i + 1)));
  }

  private boolean nextLooksLikeCode(int i) {
    if (i + 1 >= lines.count()) {
      return false;
    }
    int s = lines.start(i + 1);
    int e = lines.contentEnd(i + 1);
    return Lines.quoteDepth(text, s, e) == 0 && Lines.looksLikeCode(text, s, e);
  }

  /**
   * A fence opens with three or more backticks or tildes after at most three spaces; a backtick fence's info string
   * has no backtick.
   */
  private boolean opensFence(int s, int e) {
    int p = fenceStart(s, e);
    if (p < 0) {
      return false;
    }
    char c = text[p];
    int q = runEnd(p, e, c);
    if (q - p < 3) {
      return false;
    }
    if (c == '`') {
      for (int r = q; r < e; r++) {
        if (text[r] == '`') {
          return false;
        }
      }
    }
    fenceChar = c;
    fenceLength = q - p;
    return true;
  }

  /** A fence closes with at least as many of its chars and nothing else. */
  private boolean closesFence(int s, int e) {
    int p = fenceStart(s, e);
    if (p < 0 || text[p] != fenceChar) {
      return false;
    }
    int q = runEnd(p, e, fenceChar);
    return q - p >= fenceLength && Lines.isBlank(text, q, e);
  }

  /** Where a fence may start on this line: after at most three spaces, at a backtick or tilde; -1 otherwise. */
  private int fenceStart(int s, int e) {
    int p = s;
    while (p < e && p - s < 3 && text[p] == ' ') {
      p++;
    }
    return p < e && (text[p] == '`' || text[p] == '~') ? p : -1;
  }

  private int runEnd(int p, int e, char c) {
    while (p < e && text[p] == c) {
      p++;
    }
    return p;
  }

  /** A prose line, split around the URLs in it; the terminator stays with the prose. */
  private void prose(int s, int e, int next) {
    int p = s;
    for (int u = urls.find(p, e); u >= 0; u = urls.find(p, e)) {
      if (u > p) {
        out.add(PROSE, 0, u);
      }
      p = urls.end();
      out.add(URL, 0, p);
    }
    if (next > p) {
      out.add(PROSE, 0, next);
    }
    mark(PROSE);
  }

  private void emit(RegionKind kind, int depth, int next) {
    out.add(kind, depth, next);
    mark(kind);
  }

  private void mark(RegionKind kind) {
    lastKind = kind;
    shapeCode = false;
    indentedCode = false;
    inList = false;
  }

  private void blank(int next) {
    out.extend(next);
    lastKind = null;
  }

  private int nextStart(int i) {
    return i + 1 < lines.count() ? lines.start(i + 1) : -1;
  }

  private int nextContentEnd(int i) {
    return i + 1 < lines.count() ? lines.contentEnd(i + 1) : -1;
  }
}
