package dev.comity.model.span;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one word for the span classifier: the word and its neighbours, its shape and affixes, the learned
 * toxicity weights of it and its neighbours, and (optionally) its character 4-grams, which let obfuscated or inflected
 * forms ({@code stupidest}, {@code f*ckwit}) share evidence with known words. Trainer and tagger call the same code.
 * Not thread-safe: it keeps the weights of the text being read.
 */
final class SpanFeatures {
  private final boolean charNgrams;
  private String[] buckets = new String[64];
  private float[] values = new float[64];
  private float strongest;
  private String maxBucket;

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
      char c = switch (word.charAt(i)) {
        case '0' -> 'o';
        case '1', '!', '|' -> 'i';
        case '3' -> 'e';
        case '4', '@' -> 'a';
        case '5', '$' -> 's';
        case '7' -> 't';
        case '*', '\'', '\u2019', '#', '%' -> 0;
        default -> word.charAt(i);
      };
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

  /**
   * Reads the weights of all words of a text before {@link #context} is asked for its words: a word's weight is
   * judged against the text's strongest word, as annotators mark the worst words of a post rather than every rude one.
   */
  void prepare(int size, String[] keys, WordWeights weights) {
    if (buckets.length < size) {
      buckets = new String[Math.max(size, buckets.length * 2)];
      values = new float[buckets.length];
    }
    int top = -1;
    for (int i = 0; i < size; i++) {
      values[i] = weights.weight(keys[i]);
      buckets[i] = values[i] < 0 ? "u" : Integer.toString(Math.min(9, (int) (values[i] * 10)));
      if (top < 0 || values[i] > values[top]) {
        top = i;
      }
    }
    strongest = top < 0 ? -1 : values[top];
    maxBucket = top < 0 ? "u" : buckets[top];
  }

  /** Features of word {@code i}, after {@link #prepare} read the text's words. */
  String[] context(Tokens tokens, String original, String[] keys, int i, WordWeights weights) {
    List<String> f = new ArrayList<>(32);
    String k = keys[i];
    int n = tokens.size();
    f.add("w=" + k);
    f.add("s=" + shape(original, tokens.start(i), tokens.end(i)));
    if (!k.equals(tokens.word(i))) {
      f.add("obf");
    }
    if (k.length() > 3) {
      f.add("p3=" + k.substring(0, 3));
      f.add("s3=" + k.substring(k.length() - 3));
    }
    String prev = i > 0 ? keys[i - 1] : "<s>";
    String next = i + 1 < n ? keys[i + 1] : "</s>";
    f.add("w-1=" + prev);
    f.add("w+1=" + next);
    f.add("w-2=" + (i > 1 ? keys[i - 2] : "<s>"));
    f.add("w+2=" + (i + 2 < n ? keys[i + 2] : "</s>"));
    f.add("b-=" + prev + "_" + k);
    f.add("b+=" + k + "_" + next);
    String tw = buckets[i];
    f.add("tw=" + tw);
    f.add("tc=" + countBucket(weights.seen(k)));
    f.add("tw-1=" + (i > 0 ? buckets[i - 1] : "s"));
    f.add("tw+1=" + (i + 1 < n ? buckets[i + 1] : "s"));
    f.add("tw-2=" + (i > 1 ? buckets[i - 2] : "s"));
    f.add("tw+2=" + (i + 2 < n ? buckets[i + 2] : "s"));
    f.add("mx=" + maxBucket);
    f.add("top=" + (values[i] >= strongest) + tw);
    if (charNgrams && k.length() >= 4) {
      String padded = "^" + k + "$";
      for (int a = 0; a + 4 <= padded.length(); a++) {
        f.add("g=" + padded.substring(a, a + 4));
      }
    }
    return f.toArray(new String[0]);
  }

  private static String countBucket(int seen) {
    return seen == 0 ? "0" : seen < 5 ? "1" : seen < 50 ? "2" : "3";
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
