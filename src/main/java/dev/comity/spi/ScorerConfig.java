package dev.comity.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Configuration handed to every {@link ScorerProvider}. Immutable.
 *
 * @param lexicons extra lexicon files or directories, in the order given
 * @param bundledLexicons whether the lexicons shipped in the jar are loaded too
 * @param models a directory of user-trained models (as written by {@code comity train}) to use instead of the models
 *     shipped in the jar; empty for the shipped ones
 */
public record ScorerConfig(List<Path> lexicons, boolean bundledLexicons, Optional<Path> models) {
  public ScorerConfig {
    lexicons = List.copyOf(requireNonNull(lexicons, "lexicons"));
    requireNonNull(models, "models");
  }

  /** A configuration with the shipped models. */
  public ScorerConfig(List<Path> lexicons, boolean bundledLexicons) {
    this(lexicons, bundledLexicons, Optional.empty());
  }
}
