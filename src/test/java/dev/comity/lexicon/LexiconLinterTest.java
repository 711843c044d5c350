package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconLinterTest {
  @Test
  void engineTestLexiconsLintClean() {
    assertThat(LexiconLinter.lint(TestLexicons.FILES)).map(LexiconProblem::format).isEmpty();
  }
}
