package dev.comity.cli;

import dev.comity.api.Finding;
import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import java.util.List;

/** A test scorer that throws on every message, to show how failures are reported. */
final class FailingScorer implements Scorer {
  @Override
  public ScorerInfo info() {
    return new ScorerInfo("broken", "0", "always throws");
  }

  @Override
  public List<Finding> score(ScoringContext context) {
    throw new IllegalStateException("model file is corrupt");
  }
}
