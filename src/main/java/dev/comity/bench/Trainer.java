package dev.comity.bench;

import dev.comity.api.Moderator;
import java.io.IOException;
import java.util.List;

/**
 * Trains a model on labeled examples and returns a {@link Moderator} that uses it: the hook of the cross-domain suite
 * ("trained on X, tested on Y"). Implementations are found with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.comity.bench.Trainer}); with none registered the suite reports only the untrained build.
 * Implementations must be deterministic (same examples, same model).
 */
public interface Trainer {
  /** Short name shown in the report, e.g. {@code doccat}. */
  String name();

  /**
   * @param examples training examples; their categories and spans are the labels
   * @return a moderator scoring with the trained model (and whatever else the implementation adds)
   */
  Moderator train(List<Example> examples) throws IOException;
}
