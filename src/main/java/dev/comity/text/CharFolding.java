package dev.comity.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * How a single code point folds into the normalized view, as a packed {@code int} entry. ASCII comes from a static
 * table; every other code point is computed with ICU on first use and cached in a table per Unicode plane, so the
 * normalizer's loop does no ICU call and no allocation for a code point it has seen before. Thread-safe.
 *
 * <p>Folding is per code point: NFKC_Casefold, then diacritics removed (NFD, drop non-spacing and enclosing marks,
 * NFC), then Latin look-alikes resolved with the UTS #39 confusable skeleton. Working per code point instead of per
 * string ignores canonical composition across code points, which only matters for marks, and those are dropped.
 *
 * <p>Entry layout: bits 0-15 the output char (kind {@link #CHAR}); bits 16-19 the kind ({@link #kind}); bits 24-30 the
 * ASCII letter a non-Latin look-alike may fold to ({@link #lookAlike}), 0 if none. Entry 0 means "not computed yet".
 * Kinds are small consecutive numbers so that a switch on them compiles to a jump table.
 */
final class CharFolding {
  /** Produces nothing and is transparent to everything around it (zero-width, bidi controls, variation selectors). */
  static final int IGNORABLE = 1;
  /** Whitespace that is not a line break. */
  static final int SPACE = 2;
  /** A line break: LF, CR (CRLF counts once), VT, FF, NEL, LINE SEPARATOR. */
  static final int LINE_BREAK = 3;
  /** PARAGRAPH SEPARATOR: a blank line by itself. */
  static final int PARAGRAPH = 4;
  /** A combining mark: produces nothing, its code units join the preceding output char. */
  static final int MARK = 5;
  /** Produces the single char in bits 0-15. */
  static final int CHAR = 6;
  /** A supplementary code point that folds to itself: produces its two original code units. */
  static final int SELF = 7;
  /** Produces the string {@link #expansion} returns (ligatures, ß, case folds to supplementary letters). */
  static final int EXPANSION = 8;

  private static final int KIND_SHIFT = 16;
  private static final int LOOK_ALIKE_SHIFT = 24;

  /** The entry for a lone surrogate: U+FFFD, one per bad code unit. */
  static final int REPLACEMENT = CHAR << KIND_SHIFT | 0xFFFD;

  private static final int[] ASCII = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = CHAR << KIND_SHIFT | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    ASCII[' '] = SPACE << KIND_SHIFT;
    ASCII['\t'] = SPACE << KIND_SHIFT;
    ASCII['\n'] = LINE_BREAK << KIND_SHIFT;
    ASCII['\r'] = LINE_BREAK << KIND_SHIFT;
    ASCII[0x0B] = LINE_BREAK << KIND_SHIFT;
    ASCII['\f'] = LINE_BREAK << KIND_SHIFT;
  }

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final SpoofChecker SPOOF_CHECKER = new SpoofChecker.Builder().build();
  private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(int[].class);

  /** One table per plane, allocated on first use and never replaced. */
  private static final Plane[] PLANES = new Plane[17];

  /** Entries and expansion strings of one plane; the final fields make a racily read reference safe to use. */
  private static final class Plane {
    final int[] entries = new int[1 << 16];
    final String[] expansions = new String[1 << 16];
  }

  private CharFolding() {}

  /** The entry of an ASCII char. */
  static int ascii(char c) {
    return ASCII[c];
  }

  /**
   * The entry of code point {@code cp} (not a surrogate). Entries are written with release and read with acquire
   * semantics, so a thread that sees an {@link #EXPANSION} entry also sees its string. Racing threads may compute the
   * same entry twice; they store identical values, so the race is benign.
   */
  static int entry(int cp) {
    if (cp < 128) {
      return ASCII[cp];
    }
    Plane plane = plane(cp >>> 16);
    int index = cp & 0xFFFF;
    int entry = (int) ENTRY.getAcquire(plane.entries, index);
    if (entry == 0) {
      entry = compute(cp, plane.expansions, index);
      ENTRY.setRelease(plane.entries, index, entry);
    }
    return entry;
  }

  /** The output of a code point whose entry has kind {@link #EXPANSION}. */
  static String expansion(int cp) {
    return plane(cp >>> 16).expansions[cp & 0xFFFF];
  }

  /** The kind of {@code entry}: one of the constants above. */
  static int kind(int entry) {
    return entry >>> KIND_SHIFT & 0xF;
  }

  /** The ASCII letter the non-Latin look-alike in {@code entry} may fold to, or 0. */
  static char lookAlike(int entry) {
    return (char) (entry >>> LOOK_ALIKE_SHIFT);
  }

  /**
   * The plane's table. The unlocked read may see null only before the plane exists or through a stale read; the lock
   * then returns the one published table. A non-null read is safe without the lock thanks to Plane's final fields.
   */
  private static Plane plane(int index) {
    Plane plane = PLANES[index];
    if (plane == null) {
      synchronized (PLANES) {
        plane = PLANES[index];
        if (plane == null) {
          plane = new Plane();
          PLANES[index] = plane;
        }
      }
    }
    return plane;
  }

  private static int compute(int cp, String[] expansions, int index) {
    if (UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)) {
      return (cp == 0x2029 ? PARAGRAPH : cp == 0x85 || cp == 0x2028 ? LINE_BREAK : SPACE) << KIND_SHIFT;
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return IGNORABLE << KIND_SHIFT;
    }
    if (isDroppedMark(cp)) {
      return MARK << KIND_SHIFT;
    }
    String folded = withoutMarks(NFKC_CASEFOLD.normalize(UCharacter.toString(cp)));
    if (folded.isEmpty() || containsWhitespace(folded)) {
      // Spacing accents (´ ¨) fold to a space plus a mark: keeping the char avoids inventing a word break.
      folded = UCharacter.toString(cp);
    }
    if (folded.length() == 1) {
      return charEntry(cp, folded.charAt(0));
    }
    if (folded.length() == 2 && folded.codePointAt(0) == cp) {
      return SELF << KIND_SHIFT;
    }
    expansions[index] = folded;
    return EXPANSION << KIND_SHIFT;
  }

  /** The entry for {@code cp} folding to the single char {@code c}, with the Latin look-alike resolved. */
  private static int charEntry(int cp, char c) {
    if (c < 128 || !Character.isLetter(c)) {
      return CHAR << KIND_SHIFT | c;
    }
    // The folded (lower-case) char decides first: the skeleton of capital Cyrillic І is "l", of і it is "i". Only
    // when that gives no letter does the original char count, so capital Т reads as t (lower-case т has no twin).
    char target = skeletonLetter(String.valueOf(c));
    if (target == 0 && cp != c) {
      target = skeletonLetter(UCharacter.toString(cp));
    }
    if (target == 0) {
      return CHAR << KIND_SHIFT | c;
    }
    if (UScript.getScript(c) == UScript.LATIN) {
      return CHAR << KIND_SHIFT | target;
    }
    return CHAR << KIND_SHIFT | c | target << LOOK_ALIKE_SHIFT;
  }

  /** The lower-case ASCII letter {@code s} is confusable with (strokes and marks ignored), or 0. */
  private static char skeletonLetter(String s) {
    String skeleton;
    synchronized (SPOOF_CHECKER) {
      // Runs once per code point, so the lock costs nothing, and no reliance on getSkeleton being safe to share.
      skeleton = SPOOF_CHECKER.getSkeleton(s);
    }
    skeleton = withoutMarks(skeleton);
    if (skeleton.length() != 1) {
      return 0;
    }
    char c = skeleton.charAt(0);
    if (c >= 'a' && c <= 'z') {
      return c;
    }
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
  }

  private static String withoutMarks(String s) {
    String decomposed = NFD.normalize(s);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !isDroppedMark(cp)).forEach(kept::appendCodePoint);
    return NFC.normalize(kept);
  }

  private static boolean isDroppedMark(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
  }

  private static boolean containsWhitespace(String s) {
    return s.codePoints().anyMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE));
  }
}
