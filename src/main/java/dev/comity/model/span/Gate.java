package dev.comity.model.span;

/**
 * The words that let the span tagger run on a text: see {@link SpanTaggerModel#mayMark}. Immutable and thread-safe.
 *
 * <p>A text is read in one pass per word, with no allocation: the word is cut as {@link Tokens} cuts it (symbols at
 * its edges dropped, but a leading {@code @} or {@code $} before a letter kept), and its {@link SpanFeatures#keyHash}
 * is computed on the fly, so that {@code opens} is true exactly when some word of the text has a letter and a key whose
 * hash is in the gate.
 */
final class Gate {
  /** Character classes, as bits: word character ({@link Tokens#isWordChar}), letter or digit, letter. */
  private static final int WORD = 1;
  private static final int LETTER_OR_DIGIT = 2;
  private static final int LETTER = 4;
  /** The classes of the ASCII characters, looked up rather than computed: they are most of what mail is written in. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = (byte) computeClasses(c);
    }
  }

  private final LongHashSet hashes;

  /** A gate opened by the words whose {@link SpanFeatures#keyHash} is one of {@code keyHashes}. */
  Gate(long[] keyHashes) {
    this.hashes = new LongHashSet(keyHashes);
  }

  boolean opens(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if ((classes(text.charAt(i)) & WORD) == 0) {
        i++;
        continue;
      }
      // The hash state (h, run, count) of the word read so far, and the same state after its last letter or digit:
      // symbols after that are trimmed off the word, so its hash is the saved state's.
      long h = SpanFeatures.SEED;
      char run = 0;
      int count = 0;
      long savedH = h;
      char savedRun = 0;
      int savedCount = 0;
      boolean started = false;
      boolean letter = false;
      for (; i < n; i++) {
        char c = text.charAt(i);
        int classes = classes(c);
        if ((classes & WORD) == 0) {
          break;
        }
        boolean letterOrDigit = (classes & LETTER_OR_DIGIT) != 0;
        if (!started) {
          started = letterOrDigit || Tokens.isLeadingSymbol(text, i, n);
          if (!started) {
            continue;
          }
        }
        char f = SpanFeatures.fold(c);
        if (f != 0) {
          if (f == run) {
            count++;
          } else {
            h = SpanFeatures.emit(h, run, count);
            run = f;
            count = 1;
          }
        }
        if (letterOrDigit) {
          savedH = h;
          savedRun = run;
          savedCount = count;
          letter |= (classes & LETTER) != 0;
        }
      }
      if (letter && hashes.contains(SpanFeatures.finish(SpanFeatures.emit(savedH, savedRun, savedCount)))) {
        return true;
      }
    }
    return false;
  }

  private static int classes(char c) {
    return c < ASCII.length ? ASCII[c] : computeClasses(c);
  }

  private static int computeClasses(char c) {
    return (Tokens.isWordChar(c) ? WORD : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.isLetter(c) ? LETTER : 0);
  }
}
