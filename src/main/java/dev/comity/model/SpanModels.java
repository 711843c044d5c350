package dev.comity.model;

import dev.comity.model.span.SpanTaggerModel;
import java.nio.file.Path;
import java.util.Optional;

/** The span tagger of a model bundle on its own, for commands that evaluate it apart from the pipeline. */
public final class SpanModels {
  private SpanModels() {}

  /**
   * The span tagger of the bundle in {@code dir}, or of the bundle shipped in the jar when {@code dir} is null; empty
   * when the bundle has none (it was trained on data without gold spans).
   *
   * @throws dev.comity.api.ConfigurationException when {@code dir} is not a model directory written by {@code train}
   */
  public static Optional<SpanTaggerModel> of(Path dir) {
    return (dir == null ? ModelBundle.bundled() : ModelBundle.read(dir)).span();
  }
}
