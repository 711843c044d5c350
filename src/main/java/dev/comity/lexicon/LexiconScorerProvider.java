package dev.comity.lexicon;

import dev.comity.api.ConfigurationException;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScorerProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the {@link LexiconScorer} from the bundled lexicons (unless {@link ScorerConfig#bundledLexicons()} is off)
 * and the files and directories in {@link ScorerConfig#lexicons()}. Registered in {@code META-INF/services}.
 */
public final class LexiconScorerProvider implements ScorerProvider {
  /** For {@link java.util.ServiceLoader}. */
  public LexiconScorerProvider() {}

  @Override
  public String id() {
    return LexiconScorer.ID;
  }

  /**
   * Loads and compiles the configured lexicons. Examples are not run here; {@link LexiconLinter} does that.
   *
   * @throws ConfigurationException listing every problem in every file, as {@code path:line:col: message}
   */
  @Override
  public LexiconScorer create(ScorerConfig config) {
    List<LexiconProblem> problems = new ArrayList<>();
    List<Lexicon> lexicons = LexiconSources.load(config, problems);
    CompiledLexicons compiled = CompiledLexicons.compile(lexicons, List.of(), problems);
    if (!problems.isEmpty()) {
      List<String> listed = new ArrayList<>(problems.stream().map(LexiconProblem::toString).toList());
      boolean clash = problems.stream().anyMatch(p -> p.message().contains(" is already defined at "));
      if (config.bundledLexicons() && clash) {
        // The usual cause: a copy or an edited checkout of the bundled lexicons loaded on top of them.
        listed.add("the bundled lexicons are loaded before your files; to load only yours (an edited copy of them,"
            + " say), pass --no-bundled-lexicons, or Moderator.Builder.bundledLexicons(false) in Java");
      }
      throw new ConfigurationException(listed);
    }
    return new LexiconScorer(compiled);
  }
}
