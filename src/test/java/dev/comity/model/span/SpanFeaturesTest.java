package dev.comity.model.span;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanFeaturesTest {
  @Test
  void keyReadsLeetspeakAndMaskingAsLetters() {
    assertThat(SpanFeatures.key("1d10t")).isEqualTo("idiot");
    assertThat(SpanFeatures.key("sh!t")).isEqualTo("shit");
    assertThat(SpanFeatures.key("$tupid")).isEqualTo("stupid");
    assertThat(SpanFeatures.key("f*ck")).isEqualTo("fck");
  }

  @Test
  void keyReadsStretchedLettersOnceButKeepsDoubleLetters() {
    assertThat(SpanFeatures.key("stuuuupid")).isEqualTo("stupid");
    assertThat(SpanFeatures.key("too")).isEqualTo("too");
  }

  @Test
  void theGateHashOfAWordIsTheHashOfItsKey() {
    for (String word : java.util.List.of("idiot", "1d10t", "sh!t", "f*ck", "stuuupid", "moron's", "coffee", "@ss", "b")) {
      assertThat(SpanFeatures.keyHash("x " + word + " y", 2, 2 + word.length()))
          .as(word)
          .isEqualTo(SpanFeatures.keyHash(SpanFeatures.key(word)));
    }
    assertThat(SpanFeatures.keyHash("idiot")).isNotEqualTo(SpanFeatures.keyHash("idiots"));
  }

  @Test
  void keyLeavesNumbersAlone() {
    assertThat(SpanFeatures.key("2017")).isEqualTo("2017");
  }

  @Test
  void shapeCollapsesCharacterClassesOfTheOriginalWord() {
    assertThat(SpanFeatures.shape("IDIOT", 0, 5)).isEqualTo("A");
    assertThat(SpanFeatures.shape("Idiot", 0, 5)).isEqualTo("Aa");
    assertThat(SpanFeatures.shape("id10t", 0, 5)).isEqualTo("a0a");
    assertThat(SpanFeatures.shape("f*ck", 0, 4)).isEqualTo("a*a");
  }
}
