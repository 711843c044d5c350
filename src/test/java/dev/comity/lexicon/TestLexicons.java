package dev.comity.lexicon;

import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.Span;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import dev.comity.text.RegionKind;
import dev.comity.text.Segmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The engine test lexicons (src/test/resources/lexicons/engine) with the bundled English classes. */
final class TestLexicons {
  /** The repository's lexicons/ directory, from the surefire property. */
  static final Path BUNDLED_DIR = Path.of(System.getProperty("comity.lexicons", "lexicons"));
  static final Path CLASSES = BUNDLED_DIR.resolve("en/classes.lex");
  static final Path ENGINE = Path.of("src/test/resources/lexicons/engine");
  static final List<Path> FILES = List.of(CLASSES, ENGINE);

  private static final LexiconScorer SCORER =
      new LexiconScorerProvider().create(new ScorerConfig(FILES, false));

  private TestLexicons() {}

  static LexiconScorer scorer() {
    return SCORER;
  }

  /** Scores {@code text} as prose, as the {@link Moderator} would with default settings. */
  static List<Finding> score(String text) {
    return SCORER.score(context(text));
  }

  static ScoringContext context(String text) {
    NormalizedText nt = Normalizer.normalize(text, List.of(new Span(0, text.length())));
    return new ScoringContext(Message.of(text), text, Segmenter.segment(text), Set.of(RegionKind.PROSE), nt);
  }

  /** A strict moderator with only the engine test lexicons. */
  static Report check(String text) {
    return MODERATOR.check(text);
  }

  private static final Moderator MODERATOR = Moderator.builder()
      .disableScorer("model")
      .bundledLexicons(false)
      .lexicon(CLASSES)
      .lexicon(ENGINE)
      .strict(true)
      .build();
}
