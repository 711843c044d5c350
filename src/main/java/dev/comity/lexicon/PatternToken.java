package dev.comity.lexicon;

import java.util.List;

/** One token of a parsed pattern; {@code column} is 1-based in the source line. */
sealed interface PatternToken {
  int column();

  /** A word form: a whole word, or with {@code prefix} any word starting with {@code text}. */
  record Form(String text, boolean prefix) {
    @Override
    public String toString() {
      return prefix ? text + "*" : text;
    }
  }

  /** One of {@code forms} ({@code word}, {@code word*}, {@code (a|b)}), or with {@code optional} also nothing. */
  record Words(List<Form> forms, boolean optional, int column) implements PatternToken {
    public Words {
      forms = List.copyOf(forms);
    }
  }

  /** Any word of a class, {@code <name>}. */
  record ClassRef(String name, int column) implements PatternToken {}

  /** Between {@code min} and {@code max} arbitrary words: {@code <any>} is 1-1. */
  record AnyWords(int min, int max, int column) implements PatternToken {}

  /** One punctuation character. */
  record Punct(char c, int column) implements PatternToken {}
}
