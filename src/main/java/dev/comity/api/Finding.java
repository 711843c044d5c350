package dev.comity.api;

import static java.util.Objects.requireNonNull;

/**
 * One piece of evidence: a rule that matched a span of the message's original text. Immutable and thread-safe.
 *
 * @param rule stable namespaced rule id, e.g. {@code en/insult/idiot}
 * @param source id of the scorer that produced it, e.g. {@code lexicon}
 * @param category what kind of language it is
 * @param severity how bad it is, after adjusting for its target and the policy's overrides
 * @param confidence how sure the scorer is of this match, in [0, 1]
 * @param target whom or what it is aimed at
 * @param span UTF-16 offsets into the original text, end exclusive
 * @param text the matched original text; always equals {@code span.coveredText(originalText)}
 * @param message one-line explanation for a moderator
 */
public record Finding(
    String rule,
    String source,
    Category category,
    Severity severity,
    double confidence,
    Target target,
    Span span,
    String text,
    String message) {

  /** @throws IllegalArgumentException when a value is out of range, or the text length differs from the span's */
  public Finding {
    requireNonNull(rule, "rule");
    requireNonNull(source, "source");
    requireNonNull(category, "category");
    requireNonNull(severity, "severity");
    requireNonNull(target, "target");
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(message, "message");
    if (rule.isEmpty() || source.isEmpty()) {
      throw new IllegalArgumentException("rule and source must not be empty");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1] for rule " + rule);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text '" + text + "' has length " + text.length() + " but span " + span + " has " + span.length());
    }
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, source, category, newSeverity, confidence, target, span, text, message);
  }

  /** This finding with another target. */
  public Finding withTarget(Target newTarget) {
    return new Finding(rule, source, category, severity, confidence, newTarget, span, text, message);
  }

  /** This finding's contribution in [0, 1] to its category score: severity weight times confidence. */
  public double weight() {
    return severity.weight() * confidence;
  }
}
