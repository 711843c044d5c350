package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Category;
import dev.comity.api.ConfigurationException;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelScorerTest {
  @TempDir static Path models;
  @TempDir static Path withSpans;
  /** Message model only: no span tagger, so no gate either. */
  private static Moderator moderator;
  /** Message model and span tagger, as {@code comity train} writes for data with gold spans. */
  private static Moderator tagged;

  @BeforeAll
  static void train() throws IOException {
    ModelTraining.train(TinyData.examples(), List.of("jsonl:all"), TinyData.params(), models, line -> {});
    moderator = Moderator.builder().models(models).bundledLexicons(false).strict(true).build();
    ModelTraining.train(TinyData.withSpans(), List.of("jsonl:all"), TinyData.params(), withSpans, line -> {});
    tagged = Moderator.builder().models(withSpans).bundledLexicons(false).strict(true).build();
  }

  private static List<Finding> modelFindings(Report r) {
    return r.findings().stream().filter(f -> f.source().equals(ModelScorer.ID)).toList();
  }

  @Test
  void flagsTheCategoryItLearnedOnTheSentenceWithTheStrongestEvidence() {
    String text = "The patch applies cleanly.\n\nHonestly I am fed up, it is broken and ridiculous and nobody cares.";
    Report r = moderator.check(text);

    assertThat(modelFindings(r)).singleElement().satisfies(f -> {
      assertThat(f.category()).isEqualTo(Category.FRUSTRATION);
      assertThat(f.rule()).isEqualTo("model/frustration");
      assertThat(f.text()).startsWith("Honestly").endsWith("cares");
      assertThat(f.span().start()).isEqualTo(text.indexOf("Honestly"));
    });
    assertThat(r.categories()).containsKey(Category.FRUSTRATION);
  }

  @Test
  void withASpanTaggerTheFindingsAreOnTheMarkedWordsAndWeighAsOne() {
    String text = "The patch applies cleanly.\n\nHonestly I am fed up, it is broken and ridiculous and nobody cares.";

    Report r = tagged.check(text);
    Report sentence = moderator.check(text);

    assertThat(modelFindings(r)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.category()).isEqualTo(Category.FRUSTRATION);
      assertThat(f.span().length()).isLessThan("Honestly I am fed up".length());
    });
    assertThat(modelFindings(r)).extracting(Finding::text).contains("ridiculous");
    assertThat(r.categories().get(Category.FRUSTRATION))
        .isCloseTo(sentence.categories().get(Category.FRUSTRATION), org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void theGateSkipsTextWithoutAWordTheTaggerMarksOften() {
    String text = "Honestly I am fed up, it is broken and nobody cares.";

    assertThat(modelFindings(moderator.check(text))).isNotEmpty();
    assertThat(modelFindings(tagged.check(text))).isEmpty();
  }

  @Test
  void evidenceRisesWithTheTaggersBestWordAndTheMessageModelAndFallsWithLength() {
    assertThat(ModelScorer.evidence(0.9, 0.5, 12)).isGreaterThan(ModelScorer.evidence(0.5, 0.5, 12));
    assertThat(ModelScorer.evidence(0.9, 0.8, 12)).isGreaterThan(ModelScorer.evidence(0.9, 0.2, 12));
    assertThat(ModelScorer.evidence(0.9, 0.5, 12)).isGreaterThan(ModelScorer.evidence(0.9, 0.5, 400));
    assertThat(ModelScorer.evidence(0.99, 0.99, 1)).isLessThan(1.0);
    assertThat(ModelScorer.evidence(0.01, 0.01, 400)).isGreaterThan(0.0);
  }

  @Test
  void leavesCivilMailAlone() {
    Report r = tagged.check("Thanks for bisecting this, I will apply the fix to the stable branch on Monday.");

    assertThat(modelFindings(r)).isEmpty();
  }

  @Test
  void doesNotReadQuotedText() {
    String text = "> I am fed up, it is broken and ridiculous and nobody cares.\n\nThanks, I will look at it on Monday.";

    assertThat(modelFindings(tagged.check(text))).isEmpty();
  }

  @Test
  void emptyAndOddTextGiveNoFindingAndNoFailure() {
    for (String text : List.of("", " \n ", "\u200b\u202e", "\ud800", "!!!???")) {
      Report r = tagged.check(text);
      assertThat(r.failures()).isEmpty();
      assertThat(modelFindings(r)).isEmpty();
    }
  }

  @Test
  void modelsWithoutScorerDiscoveryAreAConfigurationError() {
    assertThatThrownBy(() -> Moderator.builder().discoverScorers(false).models(models).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("models were given but scorer discovery is off");
  }

  @Test
  void reportsTheModelVersionFromItsManifest() {
    assertThat(moderator.check("x").versions())
        .containsEntry(ModelScorer.ID, ModelBundle.read(models).manifest().version());
  }

  @Test
  void wordsInsideAnAllowedPhraseAreNotMarked(@TempDir Path lexicons) throws IOException {
    Path allow = Files.writeString(lexicons.resolve("allow.lex"), String.join("\n",
        "@format 1", "@lexicon en/test-allow", "@version 2026.11.22", "@kind allow", "",
        "[benchmark-slang]", "match: ridiculous speedup", "note: Benchmark slang, praise.",
        "ok: The new allocator gives a ridiculous speedup on small objects.", ""));
    Moderator allowing = Moderator.builder().models(withSpans).bundledLexicons(false).lexicon(allow).strict(true)
        .build();
    String text = "Honestly I am fed up, the new allocator gives a ridiculous speedup and nobody cares.";
    int word = text.indexOf("ridiculous");

    assertThat(modelFindings(tagged.check(text))).anySatisfy(f -> assertThat(f.span().start()).isEqualTo(word));
    assertThat(modelFindings(allowing.check(text))).noneSatisfy(f -> assertThat(f.span().start()).isEqualTo(word));
  }
}
