package dev.comity.spi;

/**
 * Creates a scorer from configuration. Providers are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.comity.spi.ScorerProvider}); the built-in ones are registered the same way.
 * Implementations need a public no-argument constructor.
 */
public interface ScorerProvider {
  /** The id of the scorer this provider creates; must equal the created scorer's {@link ScorerInfo#id()}. */
  String id();

  /**
   * Creates the scorer. Called once per {@link dev.comity.api.Moderator}.
   *
   * @throws dev.comity.api.ConfigurationException listing every problem with the configuration or its files
   */
  Scorer create(ScorerConfig config);
}
