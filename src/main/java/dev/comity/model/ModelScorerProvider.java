package dev.comity.model;

import dev.comity.lexicon.AllowList;
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
    ModelBundle bundle = config.models().map(ModelBundle::read).orElseGet(ModelBundle::bundled);
    return new ModelScorer(bundle, AllowList.of(config));
  }
}
