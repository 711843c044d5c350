package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconFormatterTest {
  private static final String MESSY = """
        # Insults.
      @version   2026.11.22
      @lexicon en/insult
      @class  pet :cat|  dog  |fish*
      @format 1


      # the idiot rule
      [idiot]
      message: Name-calling.   \t
      match:   idiot |  (complete|total)   idiot*
      hit: {idiot}
        # severity comes early
      severity:high
      category: insult
      sureness: 0.9
      ok: idiot-proof
      colour: red
      [moron]
      match: moron
      unless-after: (a|b)?  c | d
      category: insult
      # trailing comment
      """;

  @Test
  void writesTheCanonicalForm() {
    assertThat(LexiconFormatter.format(MESSY)).isEqualTo("""
        # Insults.
        @format 1
        @lexicon en/insult
        @version 2026.11.22
        @class pet: cat | dog | fish*

        # the idiot rule
        [idiot]
        category: insult
        # severity comes early
        severity: high
        sureness: 0.9
        match: idiot
        match: (complete|total) idiot*
        message: Name-calling.
        hit: {idiot}
        ok: idiot-proof
        colour: red

        [moron]
        category: insult
        match: moron
        unless-after: (a|b)? c
        unless-after: d

        # trailing comment
        """);
  }

  @Test
  void isIdempotent() {
    String once = LexiconFormatter.format(MESSY);
    assertThat(LexiconFormatter.format(once)).isEqualTo(once);
    assertThat(LexiconFormatter.isCanonical(once)).isTrue();
    assertThat(LexiconFormatter.isCanonical(MESSY)).isFalse();
  }

  @Test
  void isIdempotentOnArbitraryText() {
    Random random = new Random(42);
    String[] pieces = {"@format 1", "@class x: a|b", "[e]", "match: a | (b|c) | ", "hit: {x}", "# c", "", "  ",
        "garbage", "ok:", "key: value", "\t@kind allow", "[", "match: (a|b", "note:  x  y ", "\r", "|"};
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(12);
      for (int j = 0; j < lines; j++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      String once = LexiconFormatter.format(text.toString());
      assertThat(LexiconFormatter.format(once)).as("%s", text).isEqualTo(once);
    }
  }

  @Test
  void keepsTheMeaningOfAFile() {
    String messy = """
        @format 1
        @class pet :cat|  dog
        @version 1
        @lexicon en/x
        @kind   allow
        [b]
        ok: fine
        match:  (a|b)?  c |d
        [a]
        match: x
        ok: y
        """;
    Path file = Path.of("x.lex");
    Lexicon before = LexiconParser.parse(file, messy).lexicon().orElseThrow();
    Lexicon after = LexiconParser.parse(file, LexiconFormatter.format(messy)).lexicon().orElseThrow();
    assertThat(after.entries()).map(LexiconEntry::id).containsExactly("b", "a");
    assertThat(after.entries().get(0).match()).map(LexiconPattern::source).containsExactly("(a|b)? c", "d");
    assertThat(before.entries().get(0).match()).map(p -> p.source().replaceAll(" +", " "))
        .containsExactly("(a|b)? c", "d");
    assertThat(after.classes()).map(WordClass::forms)
        .isEqualTo(before.classes().stream().map(WordClass::forms).toList());
  }

  @Test
  void shippedAndTestLexiconsAreCanonical() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.walk(TestLexicons.BUNDLED_DIR), Files.walk(TestLexicons.ENGINE))) {
      List<Path> lex = files.filter(f -> f.toString().endsWith(".lex")).toList();
      assertThat(lex).isNotEmpty();
      for (Path f : lex) {
        assertThat(LexiconFormatter.isCanonical(Files.readString(f))).as("%s is canonical", f).isTrue();
      }
    }
  }

  @Test
  void formatsEmptyAndCommentOnlyFiles() {
    assertThat(LexiconFormatter.format("")).isEmpty();
    assertThat(LexiconFormatter.format("\n\n  \n")).isEmpty();
    assertThat(LexiconFormatter.format("  # only\n\n# comments  \n")).isEqualTo("# only\n# comments\n");
  }
}
