package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code hit} and {@code ok} example of every bundled lexicon (the repository's lexicons/ directory) as its own
 * test, named {@code <rule id> hit|ok line N}; failures print {@code path:line:col} with a caret, like the linter.
 */
class LexiconExamplesTest {
  @TestFactory
  Stream<DynamicTest> bundledExamples() {
    LexiconLinter.Prepared prepared = LexiconLinter.prepare(List.of(TestLexicons.BUNDLED_DIR));
    DynamicTest loads = dynamicTest("bundled lexicons load without problems",
        () -> assertThat(prepared.withSource(prepared.problems())).map(LexiconProblem::format).isEmpty());
    return Stream.concat(Stream.of(loads), prepared.examples().stream().map(c -> dynamicTest(c.name(),
        () -> assertThat(prepared.withSource(c.run().get())).map(LexiconProblem::format).isEmpty())));
  }
}
