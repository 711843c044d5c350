package dev.comity.spi;

import dev.comity.api.Finding;
import java.util.List;

/**
 * Finds inflammatory language in one message. Implementations are immutable and thread-safe once built: one instance
 * serves every thread, and per-call state lives in locals.
 *
 * <p>A scorer may throw on a message; the {@link dev.comity.api.Moderator} then records a {@link
 * dev.comity.api.ScorerFailure} and keeps the other scorers' findings.
 */
public interface Scorer {
  /** Id, version and description, fixed for the scorer's lifetime. */
  ScorerInfo info();

  /**
   * Findings for one message, with spans in original-text offsets ({@link ScoringContext#text()}), before the policy is
   * applied. Never {@code null}; in any order.
   */
  List<Finding> score(ScoringContext context);
}
