package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerturbationTest {
  private static String on(Perturbation p, String word) {
    return p.apply(word, new Random(1));
  }

  @Test
  void eachPerturbationRewritesAWordTheWayEvadersDo() {
    assertThat(on(Perturbation.LEETSPEAK, "idiots")).isEqualTo("1d1075");
    assertThat(on(Perturbation.HOMOGLYPHS, "idiot")).isEqualTo("\u0456d\u0456\u043Et");
    assertThat(on(Perturbation.ZERO_WIDTH, "jerk")).isEqualTo("j\u200Be\u200Br\u200Bk");
    assertThat(on(Perturbation.SPACING, "jerk")).isEqualTo("j e r k");
    assertThat(on(Perturbation.PUNCTUATION, "jerk")).isEqualTo("j.e.r.k");
    assertThat(on(Perturbation.STRETCHED, "idiot")).isEqualTo("idiooooot");
    assertThat(on(Perturbation.MASKING, "idiot")).isEqualTo("id**t");
    String typo = on(Perturbation.MISSPELLING, "moron");
    assertThat(typo).hasSize(5).isNotEqualTo("moron").startsWith("m").endsWith("n");
    assertThat(typo.chars().sorted().toArray()).isEqualTo("moron".chars().sorted().toArray());
  }

  @Test
  void onlyWordsUnderTheTargetSpansChange() {
    String text = "Stop it, you idiot, and read the docs.";
    String out = RobustnessSuite.perturb(text, List.of(new Span(13, 18)), Perturbation.SPACING, new Random(1));
    assertThat(out).isEqualTo("Stop it, you i d i o t, and read the docs.");
  }
}
