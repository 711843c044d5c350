package dev.comity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModeratorTest {

  /** Flags every occurrence of one lower-case word in the normalized view. */
  record WordScorer(String id, String word, Category category) implements Scorer {
    @Override
    public ScorerInfo info() {
      return new ScorerInfo(id, "1", "flags '" + word + "'");
    }

    @Override
    public List<Finding> score(ScoringContext context) {
      NormalizedText n = context.normalized();
      List<Finding> out = new ArrayList<>();
      for (int i = n.text().indexOf(word); i >= 0; i = n.text().indexOf(word, i + 1)) {
        Span span = n.toOriginal(i, i + word.length());
        out.add(new Finding("test/" + word, id, category, Severity.HIGH, 1.0, Target.PERSON, span,
            context.covered(span), "says " + word));
      }
      return out;
    }
  }

  record FailingScorer() implements Scorer {
    @Override
    public ScorerInfo info() {
      return new ScorerInfo("failing", "1", "always throws");
    }

    @Override
    public List<Finding> score(ScoringContext context) {
      throw new IllegalStateException("model file corrupt");
    }
  }

  private static Moderator.Builder bare() {
    return Moderator.builder().discoverScorers(false);
  }

  @Test
  void reportsFindingsWithOriginalSpansAndVerdict() {
    Moderator m = bare().scorer(new WordScorer("words", "idiot", Category.INSULT)).build();
    Report r = m.check(Message.builder("Only an IDIOT would merge this").id("<1@x>").build());
    assertThat(r.id()).contains("<1@x>");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span()).isEqualTo(new Span(8, 13));
      assertThat(f.text()).isEqualTo("IDIOT");
    });
    assertThat(r.verdict()).isEqualTo(Verdict.VIOLATION);
    assertThat(r.score()).isEqualTo(0.9);
    assertThat(r.categories()).containsOnlyKeys(Category.INSULT);
    assertThat(r.versions()).containsEntry("words", "1");
  }

  @Test
  void aFailingScorerIsRecordedAndTheOthersStillRun() {
    Moderator m = bare()
        .scorer(new FailingScorer())
        .scorer(new WordScorer("words", "idiot", Category.INSULT))
        .build();
    Report r = m.check("what an idiot");
    assertThat(r.findings()).hasSize(1);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.scorer()).isEqualTo("failing");
      assertThat(f.error()).contains("model file corrupt");
    });
  }

  @Test
  void strictModeRethrowsNamingTheScorer() {
    Moderator m = bare().scorer(new FailingScorer()).strict(true).build();
    assertThatThrownBy(() -> m.check("hello"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scorer failing");
  }

  @Test
  void aFindingWhoseTextDoesNotMatchItsSpanIsAFailure() {
    Scorer liar = new Scorer() {
      @Override
      public ScorerInfo info() {
        return new ScorerInfo("liar", "1", "reports a wrong span");
      }

      @Override
      public List<Finding> score(ScoringContext context) {
        return List.of(new Finding("x/y", "liar", Category.INSULT, Severity.HIGH, 1, Target.PERSON,
            new Span(0, 5), "idiot", "m"));
      }
    };
    Report r = bare().scorer(liar).build().check("hello world");
    assertThat(r.findings()).isEmpty();
    assertThat(r.failures()).singleElement().extracting(ScorerFailure::scorer).isEqualTo("liar");
  }

  @Test
  void oversizeMessagesAreTruncatedNotRejected() {
    Moderator m = bare().scorer(new WordScorer("words", "idiot", Category.INSULT)).maxChars(20).build();
    Report r = m.check("fine text here. and then an idiot");
    assertThat(r.truncated()).isTrue();
    assertThat(r.findings()).isEmpty();
    assertThat(m.check("an idiot").truncated()).isFalse();
  }

  @Test
  void aCallerWhoseReadingStoppedAtALimitCanFlagTheReportTruncated() {
    Report r = bare().scorer(new WordScorer("words", "idiot", Category.INSULT)).build().check("an idiot");

    Report flagged = r.asTruncated();

    assertThat(flagged.truncated()).isTrue();
    assertThat(flagged).usingRecursiveComparison().ignoringFields("truncated").isEqualTo(r);
    assertThat(flagged.asTruncated()).isSameAs(flagged);
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    Moderator m = bare().scorer(new WordScorer("words", "x", Category.INSULT)).maxChars(2).build();
    Report r = m.check("a\uD83D\uDE00x");
    assertThat(r.truncated()).isTrue();
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void theRestOfAnOverlongLineIsNotScoredButTheLinesAfterItAre() {
    Moderator m = bare().scorer(new WordScorer("words", "idiot", Category.INSULT)).maxLineChars(16).build();
    String text = "a long first line, then an idiot\nshort idiot\n";
    Report r = m.check(text);
    assertThat(r.truncated()).isTrue();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.span().start()).isEqualTo(text.lastIndexOf("idiot"));
      assertThat(f.text()).isEqualTo("idiot");
    });
    assertThat(m.check("short idiot\nan idiot").truncated()).isFalse();
  }

  @Test
  void aLineCutNeverSplitsASurrogatePair() {
    Moderator m = bare().scorer(new WordScorer("words", "x", Category.INSULT)).maxLineChars(2).build();
    Report r = m.check("a\uD83D\uDE00x\nx");
    assertThat(r.truncated()).isTrue();
    assertThat(r.failures()).isEmpty();
    assertThat(r.findings()).singleElement().extracting(f -> f.span().start()).isEqualTo(5);
  }

  @Test
  void policyOverridesApplyToScorerFindings() {
    Moderator m = bare()
        .scorer(new WordScorer("words", "idiot", Category.INSULT))
        .policy(Policy.builder().severity("test/idiot", Severity.LOW).build())
        .build();
    Report r = m.check("idiot");
    assertThat(r.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.LOW);
    assertThat(r.verdict()).isEqualTo(Verdict.OK);
  }

  @Test
  void emptyAndControlCharacterMessagesGiveValidReports() {
    Moderator m = bare().scorer(new WordScorer("words", "idiot", Category.INSULT)).build();
    for (String text : List.of("", "\u0000", "\uD800", "\uDC00idiot", "\u202Eidiot\u202C", "\r\n\r\n")) {
      Report r = m.check(text);
      assertThat(r.failures()).as("failures for %s", text).isEmpty();
      r.findings().forEach(f -> assertThat(f.span().coveredText(text)).isEqualTo(f.text()));
    }
  }

  @Test
  void buildListsEveryConfigurationProblem() {
    assertThatThrownBy(() -> bare()
            .scorer(new WordScorer("same", "a", Category.INSULT))
            .scorer(new WordScorer("same", "b", Category.INSULT))
            .disableScorer("nope")
            .maxChars(0)
            .maxLineChars(0)
            .scoredRegions(Set.of())
            .build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).hasSize(5))
        .hasMessageContaining("two scorers have the id same")
        .hasMessageContaining("cannot disable unknown scorer 'nope'")
        .hasMessageContaining("maxChars")
        .hasMessageContaining("maxLineChars")
        .hasMessageContaining("region kind");
  }
}
