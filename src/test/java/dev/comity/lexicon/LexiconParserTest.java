package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Category;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.text.RegionKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LexiconParserTest {
  private static final Path FILE = Path.of("lexicons/en/insult.lex");

  @Test
  void parsesAFileIntoItsModel() {
    LexiconParser.Result r = LexiconParser.parse(FILE, """
        # Insults.
        @format 1
        @lexicon en/insult
        @version 2026.11.22
        @class pet: cat | dog*

        [idiot]
        category: insult
        severity: high
        sureness: 0.95
        regions: prose, quoted
        match: idiot | (complete|total)? moron*
        unless-before: not an
        message: Name-calling.
        note: Also catches plurals.
        hit: Only an {idiot} would {merge} this.
        ok: idiot-proof

        [meh]
        category: dismissive
        severity: low
        sureness: 1
        target: auto
        match: <pet> meh
        message: Meh.
        hit: {cat meh}
        ok: meh
        """);
    assertThat(r.problems()).isEmpty();
    Lexicon lex = r.lexicon().orElseThrow();
    assertThat(lex.id()).isEqualTo("en/insult");
    assertThat(lex.language()).isEqualTo("en");
    assertThat(lex.version()).isEqualTo("2026.11.22");
    assertThat(lex.versionTag()).isEqualTo("en/insult@2026.11.22");
    assertThat(lex.kind()).isEqualTo(LexiconKind.RULES);
    assertThat(lex.classes()).containsExactly(new WordClass("pet", List.of("cat", "dog*"), 5));
    assertThat(lex.entries()).map(LexiconEntry::id).containsExactly("idiot", "meh");

    LexiconEntry idiot = lex.entries().get(0);
    assertThat(lex.ruleId(idiot)).isEqualTo("en/insult/idiot");
    assertThat(idiot.line()).isEqualTo(7);
    assertThat(idiot.isAllow()).isFalse();
    assertThat(idiot.rule()).contains(new LexiconEntry.Rule(
        Category.INSULT, Severity.HIGH, 0.95, Optional.empty(), "Name-calling."));
    assertThat(idiot.regions()).containsExactlyInAnyOrder(RegionKind.PROSE, RegionKind.QUOTED);
    assertThat(idiot.match()).map(LexiconPattern::source).containsExactly("idiot", "(complete|total)? moron*");
    assertThat(idiot.match()).map(LexiconPattern::column).containsExactly(8, 16);
    assertThat(idiot.match()).map(LexiconPattern::line).containsOnly(12);
    assertThat(idiot.unlessBefore()).map(LexiconPattern::source).containsExactly("not an");
    assertThat(idiot.note()).contains("Also catches plurals.");

    LexiconExample hit = idiot.hits().get(0);
    assertThat(hit.isHit()).isTrue();
    assertThat(hit.text()).isEqualTo("Only an idiot would merge this.");
    assertThat(hit.spans()).containsExactly(new Span(8, 13), new Span(20, 25));
    assertThat(hit.line()).isEqualTo(16);
    assertThat(hit.column()).isEqualTo(6);
    assertThat(hit.columnOf(0)).isEqualTo(6);
    assertThat(hit.columnOf(8)).isEqualTo(15);
    assertThat(hit.columnOf(20)).isEqualTo(29);
    assertThat(idiot.oks()).singleElement().satisfies(ok -> {
      assertThat(ok.isHit()).isFalse();
      assertThat(ok.text()).isEqualTo("idiot-proof");
      assertThat(ok.spans()).isEmpty();
    });

    LexiconEntry meh = lex.entries().get(1);
    assertThat(meh.rule().orElseThrow().target()).isEmpty();
    assertThat(meh.regions()).isEmpty();
  }

  @Test
  void readsDeclaredTargetsAndAllowLexicons() {
    LexiconParser.Result r = LexiconParser.parse(FILE, "@format 1\n@lexicon en/allow\n@version 1\n@kind allow\n\n"
        + "[kill-signal]\nmatch: kill -9\nok: kill -9 it\n");
    assertThat(r.problems()).isEmpty();
    Lexicon lex = r.lexicon().orElseThrow();
    assertThat(lex.kind()).isEqualTo(LexiconKind.ALLOW);
    assertThat(lex.entries()).singleElement().satisfies(e -> {
      assertThat(e.isAllow()).isTrue();
      assertThat(e.rule()).isEmpty();
      assertThat(e.hits()).isEmpty();
    });
    Lexicon person = LexiconParser.parse(FILE, "@format 1\n@lexicon en/x\n@version 1\n[a]\ncategory: insult\n"
        + "severity: low\nsureness: .5\ntarget: person\nmatch: a\nmessage: m\nhit: {a}\nok: b\n").lexicon()
        .orElseThrow();
    assertThat(person.entries().get(0).rule().orElseThrow().target()).contains(Target.PERSON);
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() {
    LexiconParser.Result r = LexiconParser.parse(FILE,
        "\uFEFF@format 1\r\n@lexicon en/x\r\n@version 1\r\n\r\n[a]\r\nmatch: a\r\nok: b\r\n".replace(
            "[a]", "[a]\r\ncategory: insult\r\nseverity: low\r\nsureness: 1\r\nmessage: m\r\nhit: {a}"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.lexicon().orElseThrow().entries().get(0).oks().get(0).text()).isEqualTo("b");
  }

  @Test
  void reportsPatternSyntaxProblemsAtTheBadToken() {
    LexiconParser.Result r = LexiconParser.parse(FILE, """
        @format 1
        @lexicon en/x
        @version 1
        @class any: a | b
        @class bad: two words | ok

        [a]
        category: insult
        severity: low
        sureness: 1
        match: <any:3-9> x | (a b|c) | <Bad> | (solo) | | (a|b)?
        match: f*ck | <unclosed
        message: m
        hit: {a} {}
        ok: b
        """);
    assertThat(r.problems()).map(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "4:8: the class name 'any' is built in and cannot be redefined",
        "5:13: an alternative or class form is a single word or word*",
        "11:8: bad word range 'any:3-9': write <any:N-M> with 0 <= N <= M <= 5 and M >= 1",
        "11:23: an alternative or class form is a single word or word*",
        "11:32: bad class name 'Bad': class names are lower-case letters and '_'",
        "11:40: a group needs at least two alternatives, or a '?' after it",
        "11:49: empty pattern",
        "11:51: pattern can match empty text: make at least one token required",
        "12:9: write the plain word: leet spellings and '*' inside words are matched automatically",
        "12:15: unclosed '<': a class is <name>, <any> or <any:N-M>",
        "14:10: empty {} span");
    assertThat(r.lexicon().orElseThrow().entries()).isEmpty();
    assertThat(r.lexicon().orElseThrow().classes()).isEmpty();
  }

  @Test
  void rejectsPatternsThatExpandTooFar() {
    String group = "(a|b|c|d|e|f|g|h|i|j|k)";
    LexiconParser.Result r = LexiconParser.parse(FILE, "@format 1\n@lexicon en/x\n@version 1\n\n[a]\n"
        + "category: insult\nseverity: low\nsureness: 1\nmatch: " + group + " " + group + " " + group + " z\n"
        + "message: m\nhit: {a}\nok: b\n");
    assertThat(r.problems()).map(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "9:8: pattern expands to 1331 word sequences; at most 1000 are allowed: split it or use a <class>");
  }
}
