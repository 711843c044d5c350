package dev.comity.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.comity.api.Span;
import java.util.List;

/**
 * Builds {@link NormalizedText} views. Stateless and thread-safe.
 *
 * <p>What the view holds:
 *
 * <ul>
 *   <li>each code point NFKC-casefolded, with non-spacing and enclosing marks removed ({@code é} and
 *       {@code e + U+0301} both give {@code e}); a mark's code units join the output char before it, so no span splits
 *       a grapheme;
 *   <li>default-ignorable code points (zero-width space, joiners, word joiner, soft hyphen, BOM, variation selectors,
 *       bidi controls) produce nothing and break nothing: {@code i\u200Bdiot} reads {@code idiot}; text stays in
 *       logical order, so a word reversed for display by an override stays reversed;
 *   <li>every whitespace run becomes one {@code ' '}, or one {@link NormalizedText#BREAK} if it holds a blank line
 *       (two line breaks, CRLF counting once); whitespace at the start and end of the view is dropped;
 *   <li>between two included spans that do not touch, one BREAK mapped to the empty original range at the end of the
 *       earlier span; spans that touch read as one text;
 *   <li>three or more single letters spaced or dotted out with one separator of one kind ({@code ' '}, {@code .},
 *       {@code -}, {@code _}) are joined, each letter keeping its own original char: {@code f u c k},
 *       {@code I.D.I.O.T}, {@code s-h-1-t}; never across a line break, never two-letter runs like {@code e.g.};
 *   <li>letters from other scripts that look like a Latin letter (UTS #39 confusables: Cyrillic
 *       {@code а е і о р с у х ѕ ј}, Greek {@code ο α ι ν}, ...) are folded to it only in a token (a run of letters and
 *       digits) that also holds a Latin letter ({@code іdіоt}), or whose every letter is such a look-alike
 *       ({@code ѕех}) unless the view also writes that script with letters that have no Latin twin; so real Cyrillic
 *       and Greek words stay readable. Latin-script look-alikes ({@code ı}, {@code ɑ}) and stroked letters ({@code ø},
 *       {@code ł}) always fold;
 *   <li>digits, leet symbols and punctuation are kept ({@code id1ot}, {@code sh!t}, {@code moron!});
 *   <li>a lone surrogate becomes U+FFFD; a supplementary code point that folds to itself (emoji) stays, both of its
 *       chars mapping to the whole pair.
 * </ul>
 *
 * <p>Never throws on any text content. Linear in the input; ASCII takes a table-driven path with no ICU call, and
 * every other code point is folded with ICU once per JVM and cached.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Normalizes the whole of {@code original}. */
  public static NormalizedText normalize(String original) {
    return normalize(original, List.of(new Span(0, original.length())));
  }

  /**
   * Normalizes the parts of {@code original} covered by {@code include}, with a {@link NormalizedText#BREAK} between
   * parts that do not touch. A span boundary that falls inside a surrogate pair is moved past the pair.
   *
   * @param include sorted, non-overlapping spans within {@code original}
   * @throws IllegalArgumentException when {@code include} is unsorted, overlaps or reaches past the text
   */
  public static NormalizedText normalize(String original, List<Span> include) {
    requireNonNull(original, "original");
    int units = 0;
    int previousEnd = 0;
    for (Span span : include) {
      checkArgument(
          span.start() >= previousEnd && span.end() <= original.length(),
          "include spans must be sorted, non-overlapping and within the text of length %s: %s",
          original.length(),
          include);
      units += span.length();
      previousEnd = span.end();
    }
    // Per span: its units, one more if its end moves past a surrogate pair, and one for the BREAK before it.
    int unitsAfter = units + 2 * include.size();
    NormalizedTextBuilder builder = new NormalizedTextBuilder(original, unitsAfter);
    previousEnd = -1;
    for (Span span : include) {
      unitsAfter -= span.length() + 2;
      int start = codePointBoundary(original, span.start());
      int end = codePointBoundary(original, span.end());
      if (start >= end) {
        continue;
      }
      if (previousEnd >= 0 && start != previousEnd) {
        builder.separate(previousEnd);
      }
      builder.append(start, end, unitsAfter);
      previousEnd = end;
    }
    return builder.build();
  }

  /** {@code index}, or the index after the surrogate pair it splits. */
  private static int codePointBoundary(String s, int index) {
    return index > 0
            && index < s.length()
            && Character.isHighSurrogate(s.charAt(index - 1))
            && Character.isLowSurrogate(s.charAt(index))
        ? index + 1
        : index;
  }
}
