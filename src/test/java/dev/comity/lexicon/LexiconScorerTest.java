package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.api.Verdict;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scoring behaviour on the engine test lexicons: acceptance cases, targets, use/mention, allow lists, limits. */
class LexiconScorerTest {

  @Test
  void flagsAnInsultAimedAtAPersonWithItsExactSpan() {
    Report r = TestLexicons.check("Only an idiot would merge this");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("en/test-insult/idiot");
      assertThat(f.source()).isEqualTo("lexicon");
      assertThat(f.span()).isEqualTo(new Span(8, 13));
      assertThat(f.text()).isEqualTo("idiot");
      assertThat(f.category()).isEqualTo(Category.INSULT);
      assertThat(f.target()).isEqualTo(Target.PERSON);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.confidence()).isEqualTo(0.95);
      assertThat(f.message()).isEqualTo("Name-calling: calls someone an idiot.");
    });
    assertThat(r.verdict()).isEqualTo(Verdict.VIOLATION);
  }

  @Test
  void technicalSensesOnTheAllowListSuppressOverlappingFindings() {
    assertThat(TestLexicons.check("Run kill -9 on the stuck worker and dump the stack").findings()).isEmpty();
    assertThat(TestLexicons.check("it calls abort() on error, then a core dump").findings()).isEmpty();
    assertThat(TestLexicons.check("kill -TERM it").findings()).isEmpty();
  }

  @Test
  void allowListsSuppressOnlyWhatTheyOverlap() {
    assertThat(LexiconMatcherTest.found("kill -9 it, then dump the stack. I will kill you, you dump"))
        .containsExactly("kill 'kill' [40, 44)", "dump 'dump' [54, 58)");
  }

  @Test
  void callingYourselfNamesIsSelfDirectedAndLowSeverity() {
    Report r = TestLexicons.check("I was an idiot, my patch broke the build");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span()).isEqualTo(new Span(9, 14));
      assertThat(f.target()).isEqualTo(Target.SELF);
      assertThat(f.severity()).isEqualTo(Severity.LOW);
    });
    assertThat(r.verdict()).isEqualTo(Verdict.OK);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "I'm such an idiot               | SELF",
      "I am a total moron              | SELF",
      "you think I'm an idiot?         | SELF",
      "I really was being a moron      | SELF",
      "I think you are an idiot        | PERSON",
      "I said he was an idiot          | PERSON",
      "I hate this, idiot              | PERSON",
      "I. Am. An idiot                 | PERSON",
  })
  void aFirstPersonSubjectAndCopulaBeforeAnInsultMakeItSelfWhateverTheRuleSays(String text, Target target) {
    assertThat(TestLexicons.score(text)).singleElement().extracting(Finding::target).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "you are stupid                  | PERSON",
      "your stupid idea                | PERSON",
      "these people are stupid         | GROUP",
      "the maintainers are stupid      | GROUP",
      "this code is stupid             | ARTIFACT",
      "stupid patch                    | ARTIFACT",
      "he is so stupid                 | PERSON",
      "I feel stupid                   | SELF",
      "my own stupid mistake           | SELF",
      "stupid                          | PERSON",
      "you know. stupid                | PERSON",
      "so stupid to merge this         | PERSON",
  })
  void readsAnAutoTargetFromTheNearestCueWordInTheSentence(String text, Target target) {
    assertThat(TestLexicons.score(text)).first().extracting(Finding::target).isEqualTo(target);
  }

  @Test
  void anAutoTargetWithoutCueWordsIsAPersonForInsultsAndUnknownOtherwise() {
    assertThat(TestLexicons.score("stupid weather")).singleElement().satisfies(f -> {
      assertThat(f.category()).isEqualTo(Category.INSULT);
      assertThat(f.target()).isEqualTo(Target.PERSON);
    });
    assertThat(TestLexicons.score("what the f*ck")).singleElement().satisfies(f -> {
      assertThat(f.category()).isEqualTo(Category.PROFANITY);
      assertThat(f.target()).isEqualTo(Target.UNKNOWN);
    });
  }

  @Test
  void selfDirectedFindingsAreLowSeverityWhateverTheRuleSeverity() {
    assertThat(TestLexicons.score("I feel stupid")).singleElement().satisfies(f -> {
      assertThat(f.target()).isEqualTo(Target.SELF);
      assertThat(f.severity()).isEqualTo(Severity.LOW);
    });
    assertThat(TestLexicons.score("you are stupid")).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void flagsDismissiveRepliesAimedAtThePerson() {
    for (String text : List.of("maybe the problem is you", "did you even read the patch?")) {
      Report r = TestLexicons.check(text);
      assertThat(r.findings()).as(text).singleElement().satisfies(f -> {
        assertThat(f.category()).isEqualTo(Category.DISMISSIVE);
        assertThat(f.target()).isEqualTo(Target.PERSON);
      });
      assertThat(r.verdict()).as(text).isEqualTo(Verdict.REVIEW);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "calling someone an \"idiot\" is not OK here",
      "calling someone an 'idiot' is not OK",
      "calling someone an \u201Cidiot\u201D is not OK",
      "calling someone an `idiot` is not OK",
      "the word idiot is not OK",
      "the term \"moron\" is banned",
      "words like stupid hurt",
      "words like, stupid, hurt",
  })
  void aWordQuotedOrNamedAsAWordIsMentionedNotUsed(String text) {
    Report r = TestLexicons.check(text);
    assertThat(r.findings()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.OK);
  }

  @Test
  void aQuoteOnOneSideOnlyIsStillUse() {
    assertThat(LexiconMatcherTest.found("he said \"you idiot")).containsExactly("idiot 'idiot' [13, 18)");
    assertThat(LexiconMatcherTest.found("the words idiot")).containsExactly("idiot 'idiot' [10, 15)");
  }

  @Test
  void dropsAMatchRightAfterAnUnlessBeforePattern() {
    assertThat(LexiconMatcherTest.found("You are not an idiot.")).isEmpty();
    assertThat(LexiconMatcherTest.found("no, idiots")).isEmpty();
    assertThat(LexiconMatcherTest.found("not an ugly idiot")).containsExactly("idiot 'idiot' [12, 17)");
    assertThat(LexiconMatcherTest.found("not an. idiot")).containsExactly("idiot 'idiot' [8, 13)");
  }

  @Test
  void dropsAMatchRightBeforeAnUnlessAfterPattern() {
    assertThat(LexiconMatcherTest.found("it is stupid simple")).isEmpty();
    assertThat(LexiconMatcherTest.found("it is stupid, simple")).isEmpty();
    assertThat(LexiconMatcherTest.found("it is stupid and simple")).containsExactly("stupid 'stupid' [6, 12)");
  }

  @Test
  void regionLimitedRulesFireOnlyInTheirRegions() {
    String text = "you nitwit\n    you nitwit\n> you nitwit\n";
    List<Region> regions = List.of(
        new Region(RegionKind.PROSE, new Span(0, 11)),
        new Region(RegionKind.CODE, new Span(11, 26)),
        new Region(RegionKind.QUOTED, new Span(26, 39), 1));
    NormalizedText nt = Normalizer.normalize(text, List.of(new Span(0, 39)));
    ScoringContext context = new ScoringContext(Message.of(text), text, regions,
        Set.of(RegionKind.PROSE, RegionKind.CODE, RegionKind.QUOTED), nt);
    assertThat(TestLexicons.scorer().score(context)).map(LexiconMatcherTest::describe)
        .containsExactlyInAnyOrder("nitwit 'nitwit' [4, 10)", "nitwit 'nitwit' [32, 38)");
  }

  @Test
  void namesItsVersionAfterTheNewestLexiconAndADigestOfAll() {
    assertThat(TestLexicons.scorer().info().id()).isEqualTo("lexicon");
    assertThat(TestLexicons.scorer().info().version()).matches("2026\\.11\\.22\\+[0-9a-f]{8}");
    assertThat(TestLexicons.scorer().lexicons()).map(Lexicon::versionTag).containsExactly("en/classes@2026.11.22",
        "en/test-allow@1", "en/test-dismissive@1", "en/test-insult@1", "en/test-violence@1");
  }

  @Test
  void givesTheSameFindingsFromManyThreads() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      texts.add("message " + i + ": you are stupid, a complete moron" + " and sh!t".repeat(i % 3)
          + " - kill -9 it".repeat(i % 2));
    }
    List<List<Finding>> sequential = texts.stream().map(TestLexicons::score).toList();
    List<List<Finding>> parallel = IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> TestLexicons.score(texts.get(i))).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "*", "a", "1!", "!", "sh!", "idiot ", "f*", "(", "- ", "a*", "the problem is ", "i'm an ", "\n", "\u0456",
      "id1", "stuu", "useless ", "kill -9 ", "a** ", "f*** ", "s*!*|", "i*i*i*i*1*1",
  })
  void finishesOnAMegabyteOfPathologicalRepetition(String unit) {
    String text = unit.repeat((1 << 20) / unit.length());
    List<Finding> findings = TestLexicons.score(text);
    assertThat(findings).allSatisfy(f -> assertThat(f.span().coveredText(text)).isEqualTo(f.text()));
  }
}
