package dev.comity.model;

import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScorerProvider;

/**
 * Creates the {@link ModelScorer} from the models shipped in the jar, or from {@link ScorerConfig#models()} when the
 * user gave a directory of their own. Registered in {@code META-INF/services}.
 */
public final class ModelScorerProvider implements ScorerProvider {
  /** For {@link java.util.ServiceLoader}. */
  public ModelScorerProvider() {}

  @Override
  public String id() {
    return ModelScorer.ID;
  }

  /** @throws dev.comity.api.ConfigurationException when a user model directory is missing or unreadable */
  @Override
  public Scorer create(ScorerConfig config) {
    return new ModelScorer(config.models().map(ModelBundle::read).orElseGet(ModelBundle::bundled));
  }
}
