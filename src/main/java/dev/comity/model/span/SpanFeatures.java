package dev.comity.model.span;

/**
 * The features of one word for the span classifier: the word itself (its key, affixes, character 4-grams and learned
 * toxicity weight), the words up to two places before and after it (key and weight), the two bigrams it is in, its
 * written shape, and how its weight compares with the strongest word of the text, as annotators mark the worst words
 * of a post rather than every rude one.
 *
 * <p>Features are produced in groups, each a function of as little as possible: what a word contributes as itself or as
 * a neighbour depends only on its key, so the tagger sums those weights once per distinct word and caches them, while
 * the trainer lists the same strings as OpenNLP events. Both go through these methods, so the two cannot drift apart.
 */
final class SpanFeatures {
  /** Receives features one by one. */
  interface Sink {
    void feature(String name);
  }

  /** Key of the position before the first word and after the last one. */
  static final String START = "<s>";
  static final String END = "</s>";
  /** Weight bucket of a position outside the text. */
  static final String OUTSIDE = "s";
  /** Relative positions of the neighbour features, in the order {@link #neighbour} takes them. */
  static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final String[] WORD_PREFIX = {"w-2=", "w-1=", "w+1=", "w+2="};
  private static final String[] WEIGHT_PREFIX = {"tw-2=", "tw-1=", "tw+1=", "tw+2="};

  private final boolean charNgrams;

  SpanFeatures(boolean charNgrams) {
    this.charNgrams = charNgrams;
  }

  /**
   * The lookup key of a word: leetspeak digits and symbols read as letters ({@code 1d10t} = {@code idiot}, {@code
   * sh!t}), masking stars and apostrophes dropped, and letters stretched three times or more read once. Words without
   * letters (numbers) stay as they are.
   */
  static String key(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length() && !letter; i++) {
      letter = Character.isLetter(word.charAt(i));
    }
    if (!letter) {
      return word;
    }
    StringBuilder mapped = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = fold(word.charAt(i));
      if (c != 0) {
        mapped.append(c);
      }
    }
    StringBuilder b = new StringBuilder(mapped.length());
    for (int i = 0; i < mapped.length(); ) {
      char c = mapped.charAt(i);
      int run = 1;
      while (i + run < mapped.length() && mapped.charAt(i + run) == c) {
        run++;
      }
      b.append(c);
      if (run == 2) {
        b.append(c);
      }
      i += run;
    }
    return b.length() == 0 ? word : b.toString();
  }

  /** A word character as {@link #key} reads it: leet symbols as letters, 0 for the dropped ones. */
  static char fold(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '!', '|' -> 'i';
      case '3' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '*', '\'', '\u2019', '#', '%' -> 0;
      default -> c;
    };
  }

  /** A 64-bit hash of a key. */
  static long keyHash(String key) {
    long h = SEED;
    for (int i = 0; i < key.length(); i++) {
      h = mix(h, key.charAt(i));
    }
    return h ^ (h >>> 29);
  }

  /**
   * {@link #keyHash} of {@code key(text[from, to))} for a word with a letter, computed without building the key: the
   * folding and run collapsing of {@link #key} done on the fly, so {@link Gate} can look words up with no allocation.
   */
  static long keyHash(CharSequence text, int from, int to) {
    long h = SEED;
    char run = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = fold(text.charAt(i));
      if (c == 0) {
        continue;
      }
      if (c == run) {
        count++;
        continue;
      }
      h = emit(h, run, count);
      run = c;
      count = 1;
    }
    h = emit(h, run, count);
    return h ^ (h >>> 29);
  }

  private static final long SEED = 0x9E3779B97F4A7C15L;

  private static long mix(long h, char c) {
    return (h ^ c) * 0x100000001B3L;
  }

  /** A run of {@code count} times {@code c} as {@link #key} writes it: twice when doubled, else once. */
  private static long emit(long h, char c, int count) {
    if (count == 0) {
      return h;
    }
    h = mix(h, c);
    return count == 2 ? mix(h, c) : h;
  }

  /** The word's learned weight in tenths, {@code u} when it is unknown. */
  static String bucket(float weight) {
    return weight < 0 ? "u" : Integer.toString(Math.min(9, (int) (weight * 10)));
  }

  /** Index of the word with the highest weight among the first {@code n}, the first on ties; -1 when n is 0. */
  static int strongest(float[] weights, int n) {
    int top = n == 0 ? -1 : 0;
    for (int i = 1; i < n; i++) {
      if (weights[i] > weights[top]) {
        top = i;
      }
    }
    return top;
  }

  /** What a word says about itself, whatever surrounds it. */
  void word(String key, WordWeights weights, Sink out) {
    out.feature("w=" + key);
    if (key.length() > 3) {
      out.feature("p3=" + key.substring(0, 3));
      out.feature("s3=" + key.substring(key.length() - 3));
    }
    int seen = weights.seen(key);
    out.feature("tc=" + (seen == 0 ? "0" : seen < 5 ? "1" : seen < 50 ? "2" : "3"));
    out.feature("tw=" + bucket(weights.weight(key)));
    if (charNgrams && key.length() >= 4) {
      String padded = "^" + key + "$";
      for (int a = 0; a + 4 <= padded.length(); a++) {
        out.feature("g=" + padded.substring(a, a + 4));
      }
    }
  }

  /** What a neighbour at {@code OFFSETS[role]} says about a word: its key and weight bucket. */
  static void neighbour(int role, String key, String bucket, Sink out) {
    out.feature(WORD_PREFIX[role] + key);
    out.feature(WEIGHT_PREFIX[role] + bucket);
  }

  /** How the word is written in the original text, and whether its key differs from what was written. */
  static void written(String shape, boolean obfuscated, Sink out) {
    out.feature("s=" + shape);
    if (obfuscated) {
      out.feature("obf");
    }
  }

  /** The two bigrams the word is in. */
  static void pairs(String previous, String key, String next, Sink out) {
    out.feature("b-=" + previous + "_" + key);
    out.feature("b+=" + key + "_" + next);
  }

  /** The word's weight against the text's strongest word. */
  static void text(String strongestBucket, boolean isStrongest, String bucket, Sink out) {
    out.feature("mx=" + strongestBucket);
    out.feature("top=" + isStrongest + bucket);
  }

  /**
   * Every feature of word {@code i}, as the trainer gives it to OpenNLP; the tagger sums the same groups from its
   * caches.
   *
   * @param buckets the weight bucket of every word of the text
   * @param strongest index of the word with the highest weight
   */
  void all(Tokens tokens, String original, String[] keys, String[] buckets, int strongest, int i, WordWeights weights,
      Sink out) {
    String key = keys[i];
    word(key, weights, out);
    int n = tokens.size();
    for (int role = 0; role < OFFSETS.length; role++) {
      int j = i + OFFSETS[role];
      if (j < 0) {
        neighbour(role, START, OUTSIDE, out);
      } else if (j >= n) {
        neighbour(role, END, OUTSIDE, out);
      } else {
        neighbour(role, keys[j], buckets[j], out);
      }
    }
    written(shape(original, tokens.start(i), tokens.end(i)), !key.equals(tokens.word(i)), out);
    pairs(i > 0 ? keys[i - 1] : START, key, i + 1 < n ? keys[i + 1] : END, out);
    text(buckets[strongest], buckets[i].equals(buckets[strongest]), buckets[i], out);
  }

  /** Character classes of the original word, runs collapsed: {@code Aa}, {@code A}, {@code a0}, {@code a*a}. */
  static String shape(String original, int start, int end) {
    StringBuilder b = new StringBuilder(6);
    char last = 0;
    for (int i = start; i < end && b.length() < 5; i++) {
      char c = original.charAt(i);
      char cls = Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '0'
          : Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT ? 0 : '*';
      if (cls != 0 && cls != last) {
        b.append(cls);
        last = cls;
      }
    }
    return b.toString();
  }
}
