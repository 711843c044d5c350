package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pattern semantics of FORMAT.md "Patterns", one behaviour per test, with exact original spans. Findings are
 * written {@code entry 'original text' [start, end)} for the engine test lexicons (src/test/resources/lexicons/engine).
 */
class LexiconMatcherTest {
  private static final String REAL_NORMALIZER = "needs the real Normalizer (branch normalizer): the interim one only "
      + "lower-cases; re-enable on merge";

  /** The findings of {@code text}, as {@code entry 'text' [start, end)}. */
  static List<String> found(String text) {
    return TestLexicons.score(text).stream().sorted(dev.comity.api.Report.FINDING_ORDER)
        .map(LexiconMatcherTest::describe).toList();
  }

  static String describe(Finding f) {
    return f.rule().substring(f.rule().lastIndexOf('/') + 1) + " '" + f.text() + "' " + f.span();
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(found("first class, assert it, pass, as bad")).isEmpty();
    assertThat(found("The installer is idiot-proof now.")).isEmpty();
    assertThat(found("idiots!")).containsExactly("idiot 'idiots' [0, 6)");
  }

  @Test
  void matchesCaseInsensitivelyThroughTheNormalizedText() {
    assertThat(found("Only an IDIOT would")).containsExactly("idiot 'IDIOT' [8, 13)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "id1ot        | idiot 'id1ot' [0, 5)",
      "ID10T?       | idiot 'ID10T' [0, 5)",
      "1diot        | ''",
      "sh!7         | ''",
      "sh1t         | shit 'sh1t' [0, 4)",
      "sh!t         | shit 'sh!t' [0, 4)",
      "5hit         | ''",
      "$hit         | ''",
      "a$$!         | ''",
      "f*ck         | fuck 'f*ck' [0, 4)",
      "f**k!        | fuck 'f**k' [0, 4)",
      "f***         | ''",
      "fu*king      | fuck 'fu*king' [0, 7)",
      "@ss          | ''",
      "a55          | ''",
      "a5s          | ass 'a5s' [0, 3)",
      "br@in-dead   | brain-dead 'br@in-dead' [0, 10)",
  })
  void readsLeetSymbolsAndWildcardsOnlyInsideWords(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void keepsPunctuationAfterAWordOutOfIt() {
    assertThat(found("you idiot!")).containsExactly("idiot 'idiot' [4, 9)");
    assertThat(found("idiot!!!1")).containsExactly("idiot 'idiot' [0, 5)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "stuuupid          | stupid 'stuuupid' [0, 8)",
      "sssstupid         | stupid 'sssstupid' [0, 9)",
      "asss              | ass 'asss' [0, 4)",
      "as                | ''",
      "idiooooooot       | idiot 'idiooooooot' [0, 11)",
      "id11ot            | idiot 'id11ot' [0, 6)",
      "f**kkk            | fuck 'f**kkk' [0, 6)",
  })
  void matchesStretchedLettersButNeverFewerThanThePatternHas(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void matchesPrefixTokensAgainstAnyWordStartingWithThem() {
    assertThat(found("morons, moronic, moron")).containsExactly(
        "moron 'morons' [0, 6)", "moron 'moronic' [8, 15)", "moron 'moron' [17, 22)");
    assertThat(found("more on that")).isEmpty();
  }

  @Test
  void reportsTheLongestMatchOfARuleAndDropsTheOnesItContains() {
    assertThat(found("a complete moron")).containsExactly("moron 'complete moron' [2, 16)");
  }

  @Test
  void matchesOptionalAlternativesWithAndWithoutThem() {
    assertThat(found("maybe the problem is you")).containsExactly("problem-is-you 'maybe the problem is you' [0, 24)");
    assertThat(found("Well, the problem is you.")).containsExactly("problem-is-you 'the problem is you' [6, 24)");
    assertThat(found("did you read")).containsExactly("did-you-read 'did you read' [0, 12)");
    assertThat(found("did you even read")).containsExactly("did-you-read 'did you even read' [0, 17)");
  }

  @Test
  void matchesClassesByAnyOfTheirWords() {
    assertThat(found("the problem is u")).containsExactly("problem-is-you 'the problem is u' [0, 16)");
    assertThat(found("the problem is yourself")).containsExactly(
        "problem-is-you 'the problem is yourself' [0, 23)");
    assertThat(found("the problem is them")).isEmpty();
  }

  @Test
  void skipsBetweenZeroAndTheGivenNumberOfAnyWords() {
    assertThat(found("useless crap")).containsExactly("useless 'useless crap' [0, 12)");
    assertThat(found("useless old broken crap")).containsExactly("useless 'useless old broken crap' [0, 23)");
    assertThat(found("useless old broken smelly crap")).isEmpty();
  }

  @Test
  void skipsWhitespaceRunsAndSoftPunctuationBetweenWords() {
    assertThat(found("brain \t  dead")).containsExactly("brain-dead 'brain \t  dead' [0, 13)");
    assertThat(found("brain, \"dead\"")).containsExactly("brain-dead 'brain, \"dead' [0, 12)");
    assertThat(found("brain (dead)")).containsExactly("brain-dead 'brain (dead' [0, 11)");
    assertThat(found("brain \u2014 dead")).containsExactly("brain-dead 'brain \u2014 dead' [0, 12)");
  }

  @Test
  void neverCrossesSentenceEndsOrBreaks() {
    for (String sep : List.of(".", "!", "?", ";", ":", "\n\n", "/")) {
      assertThat(found("brain" + sep + " dead")).as(sep).isEmpty();
    }
  }

  @Test
  void matchesPunctuationTokensWithOrWithoutSpaces() {
    assertThat(found("abort now")).containsExactly("abort 'abort' [0, 5)");
    assertThat(found("it calls abort() on error")).isEmpty();
    assertThat(found("it calls abort ( ) on error")).isEmpty();
  }

  @Test
  void treatsStraightAndCurlyApostrophesAlikeInsideWords() {
    assertThat(found("I don't care")).containsExactly("dont-care 'I don't care' [0, 12)");
    assertThat(found("We don\u2019t care!")).containsExactly("dont-care 'We don\u2019t care' [0, 13)");
    assertThat(found("I dont care")).isEmpty();
  }

  @Test
  void findsEveryOccurrenceWithItsOwnSpan() {
    assertThat(found("idiot, idiot; IDIOT")).containsExactly(
        "idiot 'idiot' [0, 5)", "idiot 'idiot' [7, 12)", "idiot 'IDIOT' [14, 19)");
  }

  @Test
  @Disabled(REAL_NORMALIZER)
  void matchesDottedAndSpacedOutLettersJoinedByTheNormalizer() {
    assertThat(found("what an i.d.i.o.t")).containsExactly("idiot 'i.d.i.o.t' [8, 17)");
    assertThat(found("f u c k this")).containsExactly("fuck 'f u c k' [0, 7)");
  }

  @Test
  @Disabled(REAL_NORMALIZER)
  void matchesCyrillicLookAlikesFoldedByTheNormalizer() {
    assertThat(found("you \u0456d\u0456\u043Et")).containsExactly("idiot '\u0456d\u0456\u043Et' [4, 9)");
  }

  @Test
  @Disabled(REAL_NORMALIZER)
  void matchesAcrossZeroWidthCharactersRemovedByTheNormalizer() {
    assertThat(found("you id\u200Diot")).containsExactly("idiot 'id\u200Diot' [4, 10)");
    assertThat(found("you i\u200Bdiot")).containsExactly("idiot 'i\u200Bdiot' [4, 10)");
  }

  @Test
  @Disabled(REAL_NORMALIZER)
  void mapsSpansBackThroughFullWidthAndAccentedLetters() {
    assertThat(found("you \uFF49\uFF44\uFF49\uFF4F\uFF54")).containsExactly(
        "idiot '\uFF49\uFF44\uFF49\uFF4F\uFF54' [4, 9)");
    assertThat(found("you i\u0301diot")).containsExactly("idiot 'i\u0301diot' [4, 10)");
  }
}
