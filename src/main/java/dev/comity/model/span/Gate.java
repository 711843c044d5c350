package dev.comity.model.span;

import java.util.Collection;

/**
 * The words that let the span tagger run on a text: see {@link SpanTaggerModel#mayMark}. Immutable and thread-safe.
 *
 * <p>{@link #opens} is true exactly when some word of the text, cut as {@link Tokens} cuts it (symbols at its edges
 * dropped, but a leading {@code @} or {@code $} before a letter kept, though a word longer than
 * {@link Tokens#MAX_WORD} is read whole where {@link Tokens} shortens it), has a letter and its
 * {@link SpanFeatures#key} is a gate key. It reads each word once with no allocation, and computes the word's
 * {@link SpanFeatures#keyHash} only when the set of letters of its key is that of some gate key: with a few hundred
 * keys that is rare, so most words cost a table lookup per character and one set lookup.
 */
final class Gate {
  /** Character classes, as bits: word character ({@link Tokens#isWordChar}), letter or digit, letter. */
  private static final int WORD = 1;
  private static final int LETTER_OR_DIGIT = 2;
  private static final int LETTER = 4;
  /** Where the character's {@link #bit} starts in {@link #ASCII}. */
  private static final int BIT_SHIFT = 3;
  /** The classes and bit of the ASCII characters, looked up rather than computed: most mail is written in them. */
  private static final int[] ASCII = new int[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = computeClasses(c) | bit(c) << BIT_SHIFT;
    }
  }

  private final LongHashSet hashes;
  /** The {@link #letters} of every gate key. */
  private final LongHashSet letterSets;

  /** A gate opened by words whose key is one of {@code keys}. */
  Gate(Collection<String> keys) {
    hashes = new LongHashSet(keys.stream().mapToLong(SpanFeatures::keyHash).toArray());
    letterSets = new LongHashSet(keys.stream().mapToLong(Gate::letters).toArray());
  }

  boolean opens(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if ((classes(text.charAt(i)) & WORD) == 0) {
        i++;
        continue;
      }
      int start = -1;
      int end = -1;
      int letters = 0;
      int lettersToEnd = 0; // the letters up to the last letter or digit: symbols after it are trimmed off the word
      boolean letter = false;
      for (; i < n; i++) {
        char c = text.charAt(i);
        int classes = c < ASCII.length ? ASCII[c] : computeClasses(c) | bit(c) << BIT_SHIFT;
        if ((classes & WORD) == 0) {
          break;
        }
        boolean letterOrDigit = (classes & LETTER_OR_DIGIT) != 0;
        if (start < 0) {
          if (!letterOrDigit && !Tokens.isLeadingSymbol(text, i, n)) {
            continue;
          }
          start = i;
        }
        letters |= classes >>> BIT_SHIFT;
        if (letterOrDigit) {
          end = i + 1;
          lettersToEnd = letters;
          letter |= (classes & LETTER) != 0;
        }
      }
      if (letter && letterSets.contains(lettersToEnd)
          && hashes.contains(SpanFeatures.keyHash(text, start, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which characters a key has, as bits ({@link #bit} of each): the same for a word as for its key, since {@link
   * SpanFeatures#key} only folds characters, drops some and collapses runs.
   */
  static long letters(CharSequence key) {
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      letters |= bit(key.charAt(i));
    }
    return letters;
  }

  /** A bit for each letter a to z of a character as {@link SpanFeatures#key} reads it, one for others, 0 if dropped. */
  private static int bit(char c) {
    char f = SpanFeatures.fold(c);
    return f == 0 ? 0 : f >= 'a' && f <= 'z' ? 1 << (f - 'a') : 1 << 26;
  }

  private static int classes(char c) {
    return c < ASCII.length ? ASCII[c] : computeClasses(c);
  }

  private static int computeClasses(char c) {
    return (Tokens.isWordChar(c) ? WORD : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.isLetter(c) ? LETTER : 0);
  }
}
