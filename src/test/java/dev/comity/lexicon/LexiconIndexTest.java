package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled index must list exactly the .lex files of lexicons/, since a jar cannot be listed at run time. */
class LexiconIndexTest {
  @Test
  void indexListsEveryBundledLexiconFileOnce() throws IOException {
    List<String> indexed = LexiconSources.bundledIndex(Files.readString(TestLexicons.BUNDLED_DIR.resolve("index.txt")));
    List<String> files;
    try (Stream<Path> walk = Files.walk(TestLexicons.BUNDLED_DIR)) {
      files = walk.filter(f -> f.toString().endsWith(".lex"))
          .map(f -> TestLexicons.BUNDLED_DIR.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
    assertThat(indexed).as("lexicons/index.txt; add new .lex files there").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void classesComeFirstSoThatEveryLexiconCanUseThem() throws IOException {
    List<String> indexed = LexiconSources.bundledIndex(Files.readString(TestLexicons.BUNDLED_DIR.resolve("index.txt")));
    assertThat(indexed).first().isEqualTo("en/classes.lex");
  }

  @Test
  void theIndexShipsOnTheClasspath() {
    List<LexiconProblem> problems = new java.util.ArrayList<>();
    assertThat(LexiconSources.bundled(problems)).map(LexiconSources.Source::name)
        .contains(Path.of("lexicons", "en/classes.lex"));
    assertThat(problems).isEmpty();
  }
}
