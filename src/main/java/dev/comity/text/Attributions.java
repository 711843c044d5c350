package dev.comity.text;

import static dev.comity.text.Lines.isDigit;
import static dev.comity.text.Lines.skipSpaces;
import static dev.comity.text.Lines.startsWith;
import static dev.comity.text.Lines.trimEnd;

/** Lines that introduce quoted text: attributions and the markers mail clients put above an unprefixed quote. */
final class Attributions {
  /** Attribution lines are short; a longer line ending in "wrote:" is a sentence of the author's. */
  private static final int MAX_LENGTH = 250;

  /** Verbs that end an attribution line before the colon, in the languages seen on developer lists. */
  private static final String[] VERBS = {
    "wrote", "writes", "a écrit", "schrieb", "escribió", "scrisse", "schreef", "skrev", "napisał"
  };

  /** How attribution lines without such a verb start ("Quoting Jane (2025-02-04):", mutt's "* Jane <j@x> [...]:"). */
  private static final String[] OPENERS = {"On ", "Quoting ", "Le ", "Am ", "El ", "Il ", "Op ", "Den ", "* "};

  private static final String OPENER_INITIALS = "OQLAEID*";

  /** What clients write between dashes above an unprefixed quote ("-----Original Message-----"), in any case. */
  private static final String[] MARKERS = {
    "original message",
    "forwarded message",
    "ursprüngliche nachricht",
    "weitergeleitete nachricht",
    "message d'origine",
    "message transféré"
  };

  /** Header fields clients repeat below such a marker. */
  private static final String[] HEADER_FIELDS = {
    "From", "Sent", "To", "Cc", "Bcc", "Subject", "Date", "Reply-To",
    "Von", "Gesendet", "An", "Betreff", "Datum", "De", "Envoyé", "À", "Objet"
  };

  private Attributions() {}

  /** Ends like an attribution: "... wrote:", "... writes:", "... a écrit :", or "Am ... schrieb Jane:". */
  static boolean endsWithVerb(char[] t, int s, int e) {
    int b = trimEnd(t, s, e);
    if (b == s || t[b - 1] != ':') {
      return false;
    }
    int a = skipSpaces(t, s, b);
    if (b - a > MAX_LENGTH) {
      return false;
    }
    int v = b - 1;
    if (v > a && t[v - 1] == ' ') {
      v--; // French typography puts a space before the colon
    }
    for (String verb : VERBS) {
      int w = v - verb.length();
      if (w >= a && Lines.at(t, w, verb) && (w == a || !Character.isLetter(t[w - 1]))) {
        return true;
      }
    }
    return startsWith(t, a, b, "Am ") && Lines.contains(t, a, b, " schrieb ");
  }

  /**
   * Could introduce a quote if one follows: starts like an attribution, ends with a colon, and names a date or an
   * address (a digit, {@code @} or {@code <}), which tells "On 4 Feb, Jane:" from "On the other hand:".
   */
  static boolean opensQuote(char[] t, int s, int e) {
    int b = trimEnd(t, s, e);
    if (b == s || b - s > MAX_LENGTH || t[b - 1] != ':' || !startsWithOpener(t, s, b)) {
      return false;
    }
    for (int p = s; p < b; p++) {
      char c = t[p];
      if (isDigit(c) || c == '@' || c == '<') {
        return true;
      }
    }
    return false;
  }

  /** Starts like the first line of an attribution wrapped over two lines. */
  static boolean startsWithOpener(char[] t, int s, int e) {
    if (s == e || OPENER_INITIALS.indexOf(t[s]) < 0) {
      return false; // most lines: spares a probe per opener
    }
    for (String opener : OPENERS) {
      if (startsWith(t, s, e, opener)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A client's marker above an unprefixed quote: "-----Original Message-----" and its relatives, "Begin forwarded
   * message:", Outlook's line of underscores when a "From:" or "Sent:" header follows, or its bare "From:" header when
   * "Sent:" follows. {@code [ns, ne)} is the next line, {@code ns < 0} when there is none.
   */
  static boolean isQuoteMarker(char[] t, int s, int e, int ns, int ne) {
    int a = skipSpaces(t, s, e);
    int b = trimEnd(t, a, e);
    if (a == b || b - a > MAX_LENGTH) {
      return false;
    }
    switch (t[a]) {
      case '-':
        return isDashedMarker(t, a, b);
      case '_':
        return b - a >= 10 && isRun(t, a, b, '_') && ns >= 0
            && (startsWith(t, ns, ne, "From:") || startsWith(t, ns, ne, "Sent:"));
      case 'B':
        return b - a == 24 && Lines.at(t, a, "Begin forwarded message:");
      case 'F':
        return a == s && startsWith(t, a, b, "From: ") && ns >= 0 && startsWith(t, ns, ne, "Sent: ");
      default:
        return false;
    }
  }

  /** A header field of the block below a quote marker ("From: ...", "Envoyé : ..."). */
  static boolean isHeaderField(char[] t, int s, int e) {
    for (String field : HEADER_FIELDS) {
      int p = s + field.length();
      if (p < e && Lines.at(t, s, field)) {
        if (t[p] == ' ' && p + 1 < e) {
          p++;
        }
        if (t[p] == ':') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDashedMarker(char[] t, int a, int b) {
    int p = a;
    while (p < b && t[p] == '-') {
      p++;
    }
    int q = b;
    while (q > p && t[q - 1] == '-') {
      q--;
    }
    if (p - a < 2 || b - q < 2) {
      return false;
    }
    p = skipSpaces(t, p, q);
    q = trimEnd(t, p, q);
    String between = null;
    for (String marker : MARKERS) {
      if (q - p == marker.length()) {
        // Rare (a line between dashes): a String gives exactly String's case-insensitive matching.
        between = between == null ? new String(t, p, q - p) : between;
        if (between.equalsIgnoreCase(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isRun(char[] t, int a, int b, char c) {
    for (int p = a; p < b; p++) {
      if (t[p] != c) {
        return false;
      }
    }
    return true;
  }
}
