package dev.comity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random texts made of awkward pieces: whatever the input, the view and its offsets stay consistent. */
class NormalizerInvariantTest {
  private static final String[] PIECES = {
    "idiot", "IDIOT", "Idiot", "a", "x", "I", "1", "0", "!", "@", "$", "*", "|", "'", "\u2019", "\u201C", ".", "-", "_",
    ",", "e.g.", "i.d.i.o.t", "f u c k", "s-h-i-t", "s h 1 t", "1.2.3",
    " ", " ", " ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\n", "\r\n", "\r", "\n\n", " \n \n ", "\u2028", "\u2029",
    "\u0085", "\u000B", "\f",
    "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u061C", "\u202A", "\u202E",
    "\u202C", "\u2066", "\u2067", "\u2069", "\uFE0F", "\u180E",
    "\u0301", "\u0301\u0302\u0303", "\u20E3", "\u0345", "e\u0301", "\u00E9", "\u0130", "\u00DF", "\uFB01", "\uFB03",
    "\u00B4", "\u00A8", "\u037A", "\uFDFA", "\u2474", "\u00BD", "\u3392", "\u1E9E",
    "\u0456d\u0456\u043Et", "\u0455\u0435\u0445", "\u0406\u0414\u0406\u041E\u0422",
    "\u043F\u0440\u0438\u0432\u0435\u0442",
    "\u03BF\u03B1\u03B9\u03BD", "\u03A3\u039F\u03A6\u039F\u03A3", "\u0131", "\u00F8", "\u0142", "\uFF29\uFF24",
    "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u4E2D\u6587", "\uD840\uDC00", "\uAC00\uD55C",
    "\u1100\u1161", "\u0E01\u0E34",
    "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDFA\uD83C\uDDF8",
    "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F", "\uD835\uDC22\uD835\uDC1D",
    "\uD801\uDC00", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\u0000", "\u001F", "\u007F", "\u0080", "\uFFFD", "\uFFFE",
    "\uFFFF", "\uE000", "\uDB80\uDC00",
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void awkwardTextsKeepEveryOffsetInvariant(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 1000; k++) {
      String original = randomText(random, random.nextInt(40));
      checkInvariants(original, Normalizer.normalize(original), List.of(new Span(0, original.length())));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14})
  void randomIncludedSpansKeepEveryOffsetInvariant(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 1000; k++) {
      String original = randomText(random, random.nextInt(30));
      List<Span> include = randomSpans(random, original.length());
      checkInvariants(original, Normalizer.normalize(original, include), include);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22})
  void lowerCaseAsciiWordsAreTheIdentity(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 500; k++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(20); w >= 0; w--) {
        if (text.length() > 0) {
          text.append(' ');
        }
        for (int c = 2 + random.nextInt(8); c > 0; c--) {
          text.append((char) ('a' + random.nextInt(26)));
        }
      }
      String original = text.toString();
      NormalizedText view = Normalizer.normalize(original);
      assertThat(view.text()).isEqualTo(original);
      for (int i = 0; i < view.length(); i++) {
        assertThat(view.toOriginal(i, i + 1)).isEqualTo(new Span(i, i + 1));
      }
    }
  }

  @Test
  void oneMegabyteOfAwkwardTextKeepsEveryOffsetInvariant() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(1 << 20);
    while (text.length() < 1 << 20) {
      text.append(randomText(random, 64));
    }
    String original = text.toString();
    NormalizedText view = Normalizer.normalize(original);
    assertThat(view.length()).isGreaterThan(original.length() / 4);
    checkInvariants(original, view, List.of(new Span(0, original.length())));
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      int pick = random.nextInt(10);
      if (pick == 0) {
        text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      } else if (pick == 1) {
        text.append((char) random.nextInt(Character.MAX_VALUE + 1));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  /** Sorted, non-overlapping spans, some touching, some empty, with boundaries anywhere (even inside a pair). */
  private static List<Span> randomSpans(Random random, int length) {
    List<Span> spans = new ArrayList<>();
    int at = 0;
    while (at < length && spans.size() < 6) {
      int start = at + random.nextInt(Math.min(3, length - at + 1));
      int end = Math.min(length, start + random.nextInt(12));
      spans.add(new Span(start, end));
      at = end;
    }
    return spans;
  }

  static void checkInvariants(String original, NormalizedText view, List<Span> include) {
    String text = view.text();
    Supplier<String> context = () -> "original " + escape(original) + " normalized " + escape(text);
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < view.length(); i++) {
      int start = view.originalStart(i);
      int end = view.originalEnd(i);
      check(previousStart <= start && start <= end, context, "starts non-decreasing, start <= end", i);
      check(previousEnd <= end && end <= original.length(), context, "ends non-decreasing and in bounds", i);
      check(!splitsPair(original, start) && !splitsPair(original, end), context, "no split surrogate pair", i);
      check(start < end || text.charAt(i) == NormalizedText.BREAK, context, "only a region break is synthetic", i);
      check(isInside(original, include, start, end), context, "inside the included text", i);
      previousStart = start;
      previousEnd = end;
    }
    for (int a = 0; a < view.length(); a++) {
      for (int b = a + 1; b <= Math.min(view.length(), a + 8); b++) {
        Span span = view.toOriginal(a, b);
        check(span.end() <= original.length(), context, "toOriginal in bounds", a);
        check(!splitsPair(original, span.start()) && !splitsPair(original, span.end()), context, "whole pairs", a);
      }
    }
    checkShape(text, context);
  }

  /** The view holds no upper case, no whitespace but single spaces, nothing invisible and no combining mark. */
  private static void checkShape(String text, Supplier<String> context) {
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      boolean edge = i == 0 || i + 1 == text.length();
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 'x';
      if (cp == ' ' || cp == NormalizedText.BREAK) {
        check(!edge && next != ' ' && next != NormalizedText.BREAK, context, "single space or break inside", i);
      } else {
        check(!UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE), context, "no other whitespace", i);
      }
      check(!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT), context, "no invisible", i);
      int type = UCharacter.getType(cp);
      check(type != UCharacter.NON_SPACING_MARK && type != UCharacter.ENCLOSING_MARK, context, "no mark", i);
      check(UCharacter.foldCase(cp, UCharacter.FOLD_CASE_DEFAULT) == cp, context, "case-folded", i);
      check(cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE, context, "no lone surrogate", i);
    }
  }

  private static void check(boolean ok, Supplier<String> context, String invariant, int index) {
    if (!ok) {
      fail(invariant + " at normalized index " + index + ": " + context.get());
    }
  }

  /** Whether {@code [start, end)} lies in the included text: spans moved past split pairs, touching ones merged. */
  private static boolean isInside(String original, List<Span> include, int start, int end) {
    int regionStart = -1;
    int regionEnd = -1;
    for (Span span : include) {
      int spanStart = splitsPair(original, span.start()) ? span.start() + 1 : span.start();
      int spanEnd = splitsPair(original, span.end()) ? span.end() + 1 : span.end();
      if (spanStart != regionEnd) {
        if (regionStart <= start && end <= regionEnd) {
          return true;
        }
        regionStart = spanStart;
      }
      regionEnd = spanEnd;
    }
    return regionStart <= start && end <= regionEnd;
  }

  private static boolean splitsPair(String s, int index) {
    return index > 0
        && index < s.length()
        && Character.isHighSurrogate(s.charAt(index - 1))
        && Character.isLowSurrogate(s.charAt(index));
  }

  private static String escape(String s) {
    StringBuilder escaped = new StringBuilder();
    s.chars()
        .forEach(c -> escaped.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return escaped.toString();
  }
}
