package dev.comity.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Configuration handed to every {@link ScorerProvider}. Immutable.
 *
 * @param lexicons extra lexicon files or directories, in the order given
 * @param bundledLexicons whether the lexicons shipped in the jar are loaded too
 */
public record ScorerConfig(List<Path> lexicons, boolean bundledLexicons) {
  public ScorerConfig {
    lexicons = List.copyOf(requireNonNull(lexicons, "lexicons"));
  }
}
