package dev.comity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

  /** The normalized text of {@code original}. */
  private static String normalized(String original) {
    return Normalizer.normalize(original).text();
  }

  /** The original span of the first occurrence of {@code word} in the normalized view of {@code original}. */
  private static Span spanOf(String original, String word) {
    NormalizedText view = Normalizer.normalize(original);
    int at = view.text().indexOf(word);
    assertThat(at).as("'%s' in normalized '%s'", word, view.text()).isGreaterThanOrEqualTo(0);
    return view.toOriginal(at, at + word.length());
  }

  @Nested
  class CaseAndCompatibility {
    @Test
    void lowerCasesAscii() {
      assertThat(normalized("You ARE an Idiot")).isEqualTo("you are an idiot");
    }

    @Test
    void foldsFullwidthAndMathematicalLettersToAscii() {
      assertThat(normalized("ＩＤＩＯＴ")).isEqualTo("idiot");
      String bold = "\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC28\uD835\uDC2D"; // mathematical bold "idiot"
      assertThat(normalized(bold)).isEqualTo("idiot");
      assertThat(spanOf(bold, "idiot")).isEqualTo(new Span(0, 10));
    }

    @Test
    void expandsLigaturesAndSharpSWithEveryCharMappedToTheWholeSource() {
      NormalizedText view = Normalizer.normalize("\uFB01le");
      assertThat(view.text()).isEqualTo("file");
      assertThat(view.toOriginal(0, 1)).isEqualTo(new Span(0, 1));
      assertThat(view.toOriginal(1, 2)).isEqualTo(new Span(0, 1));
      assertThat(view.toOriginal(0, 4)).isEqualTo(new Span(0, 3));
      assertThat(normalized("Straße")).isEqualTo(normalized("STRASSE")).isEqualTo("strasse");
    }

    @Test
    void keepsSpacingAccentsInsteadOfTurningThemIntoWordBreaks() {
      assertThat(normalized("don\u00B4t")).isEqualTo("don\u00B4t");
    }
  }

  @Nested
  class Diacritics {
    @Test
    void precomposedAccentFoldsToTheBareLetter() {
      NormalizedText view = Normalizer.normalize("caf\u00E9");
      assertThat(view.text()).isEqualTo("cafe");
      assertThat(view.toOriginal(3, 4)).isEqualTo(new Span(3, 4));
    }

    @Test
    void decomposedMarkIsDroppedAndJoinsTheSpanOfItsLetter() {
      NormalizedText view = Normalizer.normalize("cafe\u0301 ok");
      assertThat(view.text()).isEqualTo("cafe ok");
      assertThat(view.toOriginal(3, 4)).isEqualTo(new Span(3, 5));
      assertThat(view.toOriginal(0, 4).coveredText(view.original())).isEqualTo("cafe\u0301");
    }

    @Test
    void marksOnEveryLetterStayInsideTheWordSpan() {
      String zalgo = "i\u0301\u0330d\u0302i\u0303o\u0304t\u0305\u0306";
      assertThat(normalized(zalgo)).isEqualTo("idiot");
      assertThat(spanOf(zalgo, "idiot")).isEqualTo(new Span(0, zalgo.length()));
    }

    @Test
    void hundredThousandMarksOnOneLetterGiveOneChar() {
      String original = "a" + "\u0301".repeat(100_000) + " b";
      NormalizedText view = Normalizer.normalize(original);
      assertThat(view.text()).isEqualTo("a b");
      assertThat(view.toOriginal(0, 1)).isEqualTo(new Span(0, 100_001));
      assertThat(view.toOriginal(2, 3)).isEqualTo(new Span(100_002, 100_003));
    }

    @Test
    void markAfterALigatureExtendsBothOfItsChars() {
      NormalizedText view = Normalizer.normalize("\uFB01\u0301x");
      assertThat(view.text()).isEqualTo("fix");
      assertThat(view.toOriginal(0, 1)).isEqualTo(new Span(0, 2));
      assertThat(view.toOriginal(1, 2)).isEqualTo(new Span(0, 2));
    }

    @Test
    void markWithNothingBeforeItProducesNothing() {
      NormalizedText view = Normalizer.normalize("\u0301idiot");
      assertThat(view.text()).isEqualTo("idiot");
      assertThat(view.toOriginal(0, 5)).isEqualTo(new Span(1, 6));
    }

    @Test
    void dottedCapitalIFoldsToI() {
      assertThat(normalized("\u0130DIOT")).isEqualTo("idiot");
    }
  }

  @Nested
  class Ignorables {
    @Test
    void zeroWidthSpaceInsideAWordProducesNothing() {
      NormalizedText view = Normalizer.normalize("i\u200Bdiot");
      assertThat(view.text()).isEqualTo("idiot");
      assertThat(view.toOriginal(0, 5)).isEqualTo(new Span(0, 6));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
        strings = {
          "200B", "200C", "200D", "2060", "00AD", "FEFF", "200E", "200F", "061C", "202A", "202B", "202C", "202D",
          "202E", "2066", "2067", "2068", "2069", "FE0F", "180E"
        })
    void invisibleFormatCharactersProduceNothing(String hex) {
      char c = (char) Integer.parseInt(hex, 16);
      String original = "id" + c + "i" + c + c + "ot";
      NormalizedText view = Normalizer.normalize(original);
      assertThat(view.text()).isEqualTo("idiot");
      assertThat(view.toOriginal(0, 5)).isEqualTo(new Span(0, original.length()));
    }

    @Test
    void ignorableBetweenWordsDoesNotBreakTheWhitespaceRun() {
      assertThat(normalized("you \u200B are")).isEqualTo("you are");
    }

    @Test
    void rightToLeftOverrideIsRemovedAndTheLogicalOrderKept() {
      // Displayed as "idiot", stored as "toidi": offsets stay monotonic, so the view keeps the stored order.
      String original = "you are an \u202Etoidi\u202C!";
      assertThat(normalized(original)).isEqualTo("you are an toidi!");
      assertThat(spanOf(original, "toidi")).isEqualTo(new Span(12, 17));
    }

    @Test
    void latinWordIsolatedInsideRightToLeftTextKeepsItsExactSpan() {
      String original = "\u05D0\u05EA\u05D4 \u2067\u202Eidiot\u202C\u2069 \u05DE\u05DE\u05E9";
      NormalizedText view = Normalizer.normalize(original);
      assertThat(view.text()).isEqualTo("\u05D0\u05EA\u05D4 idiot \u05DE\u05DE\u05E9");
      assertThat(spanOf(original, "idiot").coveredText(original)).isEqualTo("idiot");
    }
  }

  @Nested
  class LookAlikes {
    @Test
    void cyrillicLettersInsideALatinWordFoldToTheirExactOriginalChars() {
      String original = "you are an \u0456d\u0456\u043Et"; // Cyrillic і, і, о
      assertThat(normalized(original)).isEqualTo("you are an idiot");
      Span span = spanOf(original, "idiot");
      assertThat(span).isEqualTo(new Span(11, 16));
      assertThat(span.coveredText(original)).isEqualTo("\u0456d\u0456\u043Et");
    }

    @Test
    void everyCommonCyrillicAndGreekLookAlikeFoldsNextToALatinLetter() {
      assertThat(normalized("x\u0430\u0435\u0456\u043E\u0440\u0441\u0443\u0445\u0455\u0458"))
          .isEqualTo("xaeiopcyxsj");
      assertThat(normalized("x\u03BF\u03B1\u03B9\u03BD")).isEqualTo("xoaiv");
    }

    @Test
    void capitalLookAlikesFoldThroughTheirLowerCase() {
      // Cyrillic І О Т: І must give i (its own skeleton is l), Т gives t although lower-case т has no Latin twin.
      assertThat(normalized("\u0406D\u0406\u041E\u0422")).isEqualTo("idiot");
    }

    @Test
    void tokenMadeOnlyOfLookAlikesFolds() {
      assertThat(normalized("\u0455\u0435\u0445 now")).isEqualTo("sex now"); // Cyrillic ѕ е х
    }

    @Test
    void realRussianAndGreekWordsStayInTheirScript() {
      String russian = "\u043F\u0440\u0438\u0432\u0435\u0442 \u043A\u043E\u0434"; // привет код
      assertThat(normalized(russian)).isEqualTo(russian);
      String greek = "\u03BA\u03B1\u03BB\u03BF \u03BB\u03BF\u03B3\u03BF\u03C3"; // καλο λογοσ
      assertThat(normalized(greek)).isEqualTo(greek);
    }

    @Test
    void wordsMadeOnlyOfLookAlikesStayInProseOfTheirOwnScript() {
      String russian = "\u044D\u0442\u043E \u0435\u0433\u043E \u0430 \u0441\u043E\u0440"; // это его а сор
      assertThat(normalized(russian)).isEqualTo(russian);
      String greek = "\u03B3\u03B5\u03B9\u03B1 \u03C3\u03B1\u03C3 \u03BD\u03B1"; // γεια σασ να
      assertThat(normalized(greek)).isEqualTo(greek);
    }

    @Test
    void lookAlikesNextToALatinLetterFoldEvenInProseOfTheirOwnScript() {
      String original = "\u044D\u0442\u043E \u0456d\u0456\u043Et"; // это іdіоt
      assertThat(normalized(original)).isEqualTo("\u044D\u0442\u043E idiot");
    }

    @Test
    void onlyTheTokenWithALatinLetterFolds() {
      String original = "\u043A\u043E\u0434 c\u043Ede"; // код cоde
      assertThat(normalized(original)).isEqualTo("\u043A\u043E\u0434 code");
    }

    @Test
    void leetDigitsDoNotStopFoldingInTheirToken() {
      assertThat(normalized("\u0456d1\u043Et")).isEqualTo("id1ot");
    }

    @Test
    void latinScriptLookAlikesAndStrokedLettersAlwaysFold() {
      assertThat(normalized("\u0131d\u0131\u00F8t")).isEqualTo("idiot"); // dotless ı, ø
      assertThat(normalized("\u0142\u0251me")).isEqualTo("lame"); // ł, Latin alpha
    }
  }

  @Nested
  class LeetAndPunctuation {
    @ParameterizedTest
    @CsvSource({
      "ID1OT, id1ot",
      "SH!T, sh!t",
      "f*ck, f*ck",
      "$hit, $hit",
      "@ss, @ss",
      "1d|0t, 1d|0t",
      "moron!, moron!",
      "stuuupid, stuuupid",
      "brain-dead, brain-dead",
    })
    void keepsDigitsSymbolsAndStretchedLetters(String original, String expected) {
      assertThat(normalized(original)).isEqualTo(expected);
    }

    @Test
    void keepsCurlyQuotes() {
      assertThat(normalized("\u201CIdiot\u201D \u2018x\u2019")).isEqualTo("\u201Cidiot\u201D \u2018x\u2019");
    }
  }

  @Nested
  class Whitespace {
    @Test
    void everyWhitespaceRunBecomesOneSpaceMappedToTheRun() {
      NormalizedText view = Normalizer.normalize("hello \t\u00A0\u2003world");
      assertThat(view.text()).isEqualTo("hello world");
      assertThat(view.toOriginal(5, 6)).isEqualTo(new Span(5, 9));
    }

    @Test
    void noBreakSpaceAndTabSeparateWords() {
      assertThat(normalized("hello\u00A0world\tagain")).isEqualTo("hello world again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u2028", "\u0085", " \n\t"})
    void singleLineBreakIsASpace(String lineBreak) {
      assertThat(normalized("hello" + lineBreak + "world")).isEqualTo("hello world");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n\n", "\r\n\r\n", "\r\r", "\n \t\n", " \n\n\n ", "\u2029", "\r\n\n"})
    void blankLineIsABreak(String blank) {
      NormalizedText view = Normalizer.normalize("hello" + blank + "world");
      assertThat(view.text()).isEqualTo("hello" + NormalizedText.BREAK + "world");
      assertThat(view.toOriginal(5, 6)).isEqualTo(new Span(5, 5 + blank.length()));
    }

    @Test
    void leadingAndTrailingWhitespaceIsDropped() {
      NormalizedText view = Normalizer.normalize(" \n\n\t hello \n\n ");
      assertThat(view.text()).isEqualTo("hello");
      assertThat(view.toOriginal(0, 5)).isEqualTo(new Span(5, 10));
    }

    @Test
    void whitespaceOnlyTextIsEmpty() {
      assertThat(normalized(" \n\u200B\n\t")).isEmpty();
      assertThat(normalized("")).isEmpty();
    }
  }

  @Nested
  class SpacedOutWords {
    @Test
    void spacedOutLettersJoinAndTheirSpanCoversTheSpacedText() {
      String original = "f u c k off";
      assertThat(normalized(original)).isEqualTo("fuck off");
      assertThat(spanOf(original, "fuck")).isEqualTo(new Span(0, 7));
    }

    @ParameterizedTest
    @CsvSource({
      "i.d.i.o.t, idiot",
      "I.D.I.O.T., idiot.",
      "s-h-i-t, shit",
      "s_h_i_t, shit",
      "you i d i o t, you idiot",
      "s h 1 t, sh1t",
      "V I R U S, virus",
      "a b c, abc",
    })
    void joinsRunsOfThreeOrMoreSingleLettersWithOneKindOfSeparator(String original, String expected) {
      assertThat(normalized(original)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "e.g. i.e., e.g. i.e.",
      "f  u  c  k, f u c k",
      "f u.c k, f u.c k",
      "1.2.3, 1.2.3",
      "* * *, * * *",
      "2 * x * y, 2 * x * y",
      "f * c k, f * c k",
      "don't a b, don't a b",
      "x.y, x.y",
      "go.a.b.cd, go.a.b.cd",
    })
    void leavesShortRunsMixedSeparatorsDigitRunsAndFormulasAlone(String original, String expected) {
      assertThat(normalized(original)).isEqualTo(expected);
    }

    @Test
    void digitsAndSymbolsAroundTheLettersStayApart() {
      assertThat(normalized("1 2 3 * * s h i t")).isEqualTo("1 2 3 * * shit");
    }

    @Test
    void doesNotJoinAcrossALineBreak() {
      assertThat(normalized("f u\nc k")).isEqualTo("f u c k");
      assertThat(normalized("i.d.i\n.o.t")).isEqualTo("idi .o.t");
    }

    @Test
    void joinsLettersSeparatedByANoBreakSpaceAndInvisibleChars() {
      String original = "f\u00A0u\u200B c\u00A0k";
      assertThat(normalized(original)).isEqualTo("fuck");
      assertThat(spanOf(original, "fuck")).isEqualTo(new Span(0, original.length()));
    }

    @Test
    void joinsLookAlikeLettersAndFoldsTheJoinedWord() {
      assertThat(normalized("\u0456 d \u0456 \u043E t")).isEqualTo("idiot");
    }
  }

  @Nested
  class Surrogates {
    @Test
    void emojiPairStaysAndBothHalvesMapToThePair() {
      String original = "ok \uD83D\uDE00 x";
      NormalizedText view = Normalizer.normalize(original);
      assertThat(view.text()).isEqualTo(original);
      assertThat(view.toOriginal(3, 4)).isEqualTo(new Span(3, 5));
      assertThat(view.toOriginal(4, 5)).isEqualTo(new Span(3, 5));
    }

    @Test
    void zeroWidthJoinerSequenceLosesItsJoinersButKeepsEveryEmoji() {
      String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
      NormalizedText view = Normalizer.normalize(family);
      assertThat(view.text()).isEqualTo("\uD83D\uDC68\uD83D\uDC69\uD83D\uDC67");
      assertThat(view.toOriginal(0, 6)).isEqualTo(new Span(0, 8));
      assertThat(view.toOriginal(2, 4)).isEqualTo(new Span(3, 5));
    }

    @Test
    void keycapMarkJoinsItsBase() {
      NormalizedText view = Normalizer.normalize("1\uFE0F\u20E3");
      assertThat(view.text()).isEqualTo("1");
      assertThat(view.toOriginal(0, 1)).isEqualTo(new Span(0, 3));
    }

    @Test
    void loneSurrogatesBecomeOneReplacementCharEach() {
      NormalizedText view = Normalizer.normalize("a\uD800b\uDC00\uDC00c\uD83D");
      assertThat(view.text()).isEqualTo("a\uFFFDb\uFFFD\uFFFDc\uFFFD");
      assertThat(view.toOriginal(1, 2)).isEqualTo(new Span(1, 2));
      assertThat(view.toOriginal(6, 7)).isEqualTo(new Span(6, 7));
    }

    @Test
    void reversedPairIsTwoLoneSurrogates() {
      assertThat(normalized("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
    }
  }

  @Nested
  class IncludedSpans {
    @Test
    void breakBetweenSpansThatDoNotTouchMapsToTheEndOfTheEarlierSpan() {
      String original = "hello > quoted\nworld";
      NormalizedText view = Normalizer.normalize(original, List.of(new Span(0, 6), new Span(15, 20)));
      assertThat(view.text()).isEqualTo("hello" + NormalizedText.BREAK + "world");
      assertThat(view.toOriginal(5, 6)).isEqualTo(new Span(6, 6));
      assertThat(view.toOriginal(0, 5)).isEqualTo(new Span(0, 5));
      assertThat(view.toOriginal(6, 11)).isEqualTo(new Span(15, 20));
      assertThat(view.toOriginal(0, 11)).isEqualTo(new Span(0, 20));
    }

    @Test
    void spansThatTouchReadAsOneText() {
      String original = "f u c k you";
      NormalizedText view = Normalizer.normalize(original, List.of(new Span(0, 3), new Span(3, 11)));
      assertThat(view.text()).isEqualTo("fuck you");
    }

    @Test
    void spanThatProducesNothingAddsNoExtraBreak() {
      String original = "one   two \u200B three";
      NormalizedText view =
          Normalizer.normalize(original, List.of(new Span(0, 3), new Span(4, 5), new Span(6, 9), new Span(10, 11)));
      assertThat(view.text()).isEqualTo("one" + NormalizedText.BREAK + "two");
    }

    @Test
    void excludedTextNeverAppears() {
      String original = "keep DROP keep";
      NormalizedText view = Normalizer.normalize(original, List.of(new Span(0, 4), new Span(10, 14)));
      assertThat(view.text()).isEqualTo("keep" + NormalizedText.BREAK + "keep");
    }

    @Test
    void noSpansGiveAnEmptyView() {
      assertThat(Normalizer.normalize("text", List.of()).text()).isEmpty();
    }

    @Test
    void spanBoundaryInsideASurrogatePairMovesPastThePair() {
      String original = "a\uD83D\uDE00b";
      NormalizedText view = Normalizer.normalize(original, List.of(new Span(0, 2), new Span(3, 4)));
      assertThat(view.text()).isEqualTo("a\uD83D\uDE00b");
      assertThat(view.toOriginal(1, 2)).isEqualTo(new Span(1, 3));
    }

    @Test
    void rejectsUnsortedOverlappingOrOutOfBoundsSpans() {
      assertThatThrownBy(() -> Normalizer.normalize("abcdef", List.of(new Span(3, 4), new Span(0, 1))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Normalizer.normalize("abcdef", List.of(new Span(0, 4), new Span(3, 5))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Normalizer.normalize("abc", List.of(new Span(0, 4))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void concurrentFirstUseOfTheFoldingCacheAgreesWithSequentialUse() throws Exception {
    // Latin and Greek Extended and mathematical letters, which other tests hardly touch: the threads are likely to
    // fill the same cache entries at the same time.
    String text =
        IntStream.concat(IntStream.range(0x1E00, 0x2000), IntStream.range(0x1D400, 0x1D800))
            .filter(Character::isLetter)
            .mapToObj(Character::toString)
            .collect(Collectors.joining("x"));
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<NormalizedText>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<NormalizedText> task =
            () -> {
              start.await();
              return Normalizer.normalize(text);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      NormalizedText expected = Normalizer.normalize(text);
      for (Future<NormalizedText> result : results) {
        NormalizedText view = result.get();
        assertThat(view.text()).isEqualTo(expected.text());
        for (int i = 0; i < view.length(); i++) {
          assertThat(view.toOriginal(i, i + 1)).isEqualTo(expected.toOriginal(i, i + 1));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
