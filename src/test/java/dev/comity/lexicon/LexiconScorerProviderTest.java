package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.ConfigurationException;
import dev.comity.api.Moderator;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScorerProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconScorerProviderTest {
  @TempDir Path dir;

  @Test
  void isFoundByTheServiceLoader() {
    assertThat(ServiceLoader.load(ScorerProvider.class)).anySatisfy(p -> {
      assertThat(p).isInstanceOf(LexiconScorerProvider.class);
      assertThat(p.id()).isEqualTo("lexicon");
    });
  }

  @Test
  void loadsTheBundledLexiconsFromTheClasspath() {
    LexiconScorer scorer = new LexiconScorerProvider().create(new ScorerConfig(List.of(), true));
    assertThat(scorer.info().version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}\\+[0-9a-f]{8}");
    assertThat(scorer.lexicons()).map(Lexicon::file).first().isEqualTo(Path.of("lexicons", "en/classes.lex"));
  }

  @Test
  void loadsNothingWhenBundledLexiconsAreOffAndNoFilesAreGiven() {
    LexiconScorer scorer = new LexiconScorerProvider().create(new ScorerConfig(List.of(), false));
    assertThat(scorer.info().version()).isEqualTo("none");
    assertThat(scorer.score(TestLexicons.context("you idiot"))).isEmpty();
  }

  @Test
  void addsExtraFilesAfterTheBundledOnes() {
    LexiconScorer scorer = new LexiconScorerProvider()
        .create(new ScorerConfig(List.of(TestLexicons.ENGINE.resolve("insult.lex")), true));
    assertThat(scorer.lexicons()).map(Lexicon::id).endsWith("en/test-insult");
    String bundledOnly = new LexiconScorerProvider().create(new ScorerConfig(List.of(), true)).info().version();
    assertThat(scorer.info().version()).isNotEqualTo(bundledOnly);
    assertThat(scorer.score(TestLexicons.context("you idiot"))).isNotEmpty();
  }

  @Test
  void failsFastListingEveryProblemAsPathLineColumn() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.lex"), "@format 1\n@lexicon en/bad\n@version 1\n\n[x]\n"
        + "category: insult\nseverity: high\nsureness: 2\nmatch: <nope>\nmessage: m\nhit: {x}\nok: y\n");
    Path future = Files.writeString(dir.resolve("future.lex"), "@format 9\n");
    assertThatThrownBy(() -> Moderator.builder().bundledLexicons(false).lexicon(dir).build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
            bad + ":8:11: sureness '2' is not a number in (0, 1]",
            future + ":1:9: unknown @format '9'; this reader knows format 1"));
  }

  @Test
  void reportsUnknownClassesAtLoadTime() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.lex"), "@format 1\n@lexicon en/bad\n@version 1\n\n[x]\n"
        + "category: insult\nseverity: high\nsureness: 1\nmatch: hey <nope>\nmessage: m\nhit: {x}\nok: y\n");
    assertThatThrownBy(() -> new LexiconScorerProvider().create(new ScorerConfig(List.of(bad), false)))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
            bad + ":9:12: unknown class <nope>: no lexicon of language en defines it with @class"));
  }

  @Test
  void aCopyOfTheBundledLexiconsOnTopOfThemEndsWithHowToLoadOnlyIt() {
    assertThatThrownBy(() -> new LexiconScorerProvider().create(new ScorerConfig(List.of(Path.of("lexicons")), true)))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.problems()).first().asString().contains(" is already defined at ");
          assertThat(e.problems()).last().asString().startsWith("the bundled lexicons are loaded before your files")
              .contains("--no-bundled-lexicons");
        });
    assertThat(new LexiconScorerProvider().create(new ScorerConfig(List.of(Path.of("lexicons")), false)).lexicons())
        .isNotEmpty();
  }

  @Test
  void aDirectoryWithoutLexiconFilesIsAProblemNotAnEmptyLexicon() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("lexicnos/en"));
    assertThatThrownBy(() -> new LexiconScorerProvider().create(new ScorerConfig(List.of(empty), false)))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
            empty + ":1:1: no .lex file in this directory or below it"));
  }
}
