package dev.comity.bench;

import java.util.Random;

/**
 * Evasions people use to slip a word past a filter. Each rewrites one word (letters only; the caller picks which
 * words) and is deterministic for a given {@link Random}.
 */
enum Perturbation {
  /** idiot → 1d10t */
  LEETSPEAK {
    @Override
    String apply(String w, Random r) {
      StringBuilder b = new StringBuilder();
      for (char c : w.toCharArray()) {
        int i = "aeiost".indexOf(Character.toLowerCase(c));
        b.append(i < 0 ? c : "431057".charAt(i));
      }
      return b.toString();
    }
  },
  /** idiot → іdіоt with Cyrillic і and о */
  HOMOGLYPHS {
    @Override
    String apply(String w, Random r) {
      StringBuilder b = new StringBuilder();
      for (char c : w.toCharArray()) {
        int i = "aceiopxy".indexOf(c);
        b.append(i < 0 ? c : "\u0430\u0441\u0435\u0456\u043E\u0440\u0445\u0443".charAt(i));
      }
      return b.toString();
    }
  },
  /** idiot → i\u200Bd\u200Bi\u200Bo\u200Bt */
  ZERO_WIDTH {
    @Override
    String apply(String w, Random r) {
      return between(w, "\u200B");
    }
  },
  /** idiot → i d i o t */
  SPACING {
    @Override
    String apply(String w, Random r) {
      return between(w, " ");
    }
  },
  /** idiot → i.d.i.o.t */
  PUNCTUATION {
    @Override
    String apply(String w, Random r) {
      return between(w, ".");
    }
  },
  /** idiot → idiooooot (the last vowel, or the last letter, five times) */
  STRETCHED {
    @Override
    String apply(String w, Random r) {
      int at = w.length() - 1;
      for (int i = w.length() - 1; i >= 0; i--) {
        if ("aeiouAEIOU".indexOf(w.charAt(i)) >= 0) {
          at = i;
          break;
        }
      }
      return w.substring(0, at + 1) + String.valueOf(w.charAt(at)).repeat(4) + w.substring(at + 1);
    }
  },
  /** idiot → id**t: inner vowels masked, first and last letter kept */
  MASKING {
    @Override
    String apply(String w, Random r) {
      StringBuilder b = new StringBuilder(w);
      for (int i = 1; i < w.length() - 1; i++) {
        if ("aeiouAEIOU".indexOf(w.charAt(i)) >= 0) {
          b.setCharAt(i, '*');
        }
      }
      return b.toString();
    }
  },
  /** idiot → idito: two adjacent inner letters swapped, a typo people keep */
  MISSPELLING {
    @Override
    String apply(String w, Random r) {
      if (w.length() < 4) {
        return w + w.charAt(w.length() - 1);
      }
      int i = 1 + r.nextInt(w.length() - 3);
      char[] c = w.toCharArray();
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      return new String(c);
    }
  };

  abstract String apply(String word, Random random);

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String between(String w, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      b.append(i == 0 ? "" : sep).append(w.charAt(i));
    }
    return b.toString();
  }
}
