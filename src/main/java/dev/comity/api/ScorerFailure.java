package dev.comity.api;

import static java.util.Objects.requireNonNull;

/**
 * A scorer that failed on one message. The other scorers' findings are still in the report.
 *
 * @param scorer the failing scorer's id
 * @param error the exception's class and message, never the message text
 */
public record ScorerFailure(String scorer, String error) {
  public ScorerFailure {
    requireNonNull(scorer, "scorer");
    requireNonNull(error, "error");
  }
}
