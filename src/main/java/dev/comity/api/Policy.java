package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings into scores and a verdict: per-category review and violation thresholds, per-rule severity overrides
 * and disabled rules. Immutable and thread-safe.
 *
 * <p>A category's score is {@code 1 - prod(1 - w)} over its findings, where {@code w} is the finding's {@link
 * Finding#weight() weight}; so one high-severity sure finding gives 0.9 and weak findings add up without exceeding 1.
 * The verdict is the worst a category reaches: {@code violation} at or above its violation threshold, {@code review}
 * at or above its review threshold.
 */
public final class Policy {
  /** Default review threshold: a medium-severity finding at confidence 0.8 reaches it. */
  public static final double DEFAULT_REVIEW = 0.5;
  /** Default violation threshold: a high-severity finding at confidence 0.9 reaches it. */
  public static final double DEFAULT_VIOLATION = 0.8;

  private static final Policy DEFAULTS = builder().build();

  private final Map<Category, Double> review;
  private final Map<Category, Double> violation;
  private final Map<String, Severity> severityOverrides;
  private final Set<String> disabled;

  private Policy(Builder b) {
    this.review = Collections.unmodifiableMap(new EnumMap<>(b.review));
    this.violation = Collections.unmodifiableMap(new EnumMap<>(b.violation));
    this.severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.severityOverrides));
    this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
  }

  /** Default thresholds for every category, no overrides. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The score at or above which {@code category} asks for review. */
  public double reviewThreshold(Category category) {
    return review.get(category);
  }

  /** The score at or above which {@code category} is a violation. */
  public double violationThreshold(Category category) {
    return violation.get(category);
  }

  /** Rule ids (or prefixes ending in {@code /}) whose severity is overridden. */
  public Map<String, Severity> severityOverrides() {
    return severityOverrides;
  }

  /** Disabled rule ids and id prefixes (ending in {@code /}). */
  public Set<String> disabledRules() {
    return disabled;
  }

  /** Whether {@code ruleId} is disabled, exactly or by a prefix ending in {@code /}. */
  public boolean isDisabled(String ruleId) {
    return disabled.contains(ruleId) || longestPrefix(disabled, ruleId) != null;
  }

  /**
   * Applies this policy to one finding: {@code null} when its rule is disabled, otherwise the finding with its severity
   * overridden when an override names its rule or, failing that, the longest matching prefix.
   */
  public Finding apply(Finding finding) {
    if (isDisabled(finding.rule())) {
      return null;
    }
    Severity s = severityOverrides.get(finding.rule());
    if (s == null) {
      String prefix = longestPrefix(severityOverrides.keySet(), finding.rule());
      s = prefix == null ? null : severityOverrides.get(prefix);
    }
    return s == null ? finding : finding.withSeverity(s);
  }

  /** Per-category scores of {@code findings}, only for categories that have findings. */
  public Map<Category, Double> scores(List<Finding> findings) {
    EnumMap<Category, Double> remaining = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      remaining.merge(f.category(), 1.0 - f.weight(), (a, b) -> a * b);
    }
    EnumMap<Category, Double> scores = new EnumMap<>(Category.class);
    remaining.forEach((c, r) -> scores.put(c, round(1.0 - r)));
    return scores;
  }

  /** The verdict for category scores as computed by {@link #scores}. */
  public Verdict verdict(Map<Category, Double> scores) {
    Verdict worst = Verdict.OK;
    for (Map.Entry<Category, Double> e : scores.entrySet()) {
      double s = e.getValue();
      if (s >= violation.get(e.getKey())) {
        return Verdict.VIOLATION;
      }
      if (s >= review.get(e.getKey())) {
        worst = Verdict.REVIEW;
      }
    }
    return worst;
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }

  private static String longestPrefix(Set<String> keys, String ruleId) {
    String best = null;
    for (String k : keys) {
      if (k.endsWith("/") && ruleId.startsWith(k) && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    return best;
  }

  /** Builds a {@link Policy}; {@link #build()} validates everything and lists every problem. Not thread-safe. */
  public static final class Builder {
    private final EnumMap<Category, Double> review = new EnumMap<>(Category.class);
    private final EnumMap<Category, Double> violation = new EnumMap<>(Category.class);
    private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder() {
      for (Category c : Category.values()) {
        review.put(c, DEFAULT_REVIEW);
        violation.put(c, DEFAULT_VIOLATION);
      }
    }

    /** Sets both thresholds of one category; {@code 0 < review <= violation <= 1}. */
    public Builder thresholds(Category category, double reviewAt, double violationAt) {
      review.put(requireNonNull(category, "category"), reviewAt);
      violation.put(category, violationAt);
      return this;
    }

    /** Sets both thresholds of every category. */
    public Builder thresholds(double reviewAt, double violationAt) {
      for (Category c : Category.values()) {
        thresholds(c, reviewAt, violationAt);
      }
      return this;
    }

    /** Overrides the severity of a rule id, or of every rule under a prefix ending in {@code /}. */
    public Builder severity(String rule, Severity severity) {
      severityOverrides.put(requireNonNull(rule, "rule"), requireNonNull(severity, "severity"));
      return this;
    }

    /** Disables a rule id, or every rule under a prefix ending in {@code /}. */
    public Builder disable(String rule) {
      disabled.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** @throws IllegalArgumentException listing every invalid threshold and empty rule id */
    public Policy build() {
      List<String> problems = new ArrayList<>();
      for (Category c : Category.values()) {
        double r = review.get(c);
        double v = violation.get(c);
        if (!(r > 0.0 && r <= v && v <= 1.0)) {
          problems.add(c.id() + ": thresholds must satisfy 0 < review <= violation <= 1, got review=" + r
              + " violation=" + v);
        }
      }
      for (String rule : severityOverrides.keySet()) {
        if (rule.isBlank()) {
          problems.add("severity override with an empty rule id");
        }
      }
      for (String rule : disabled) {
        if (rule.isBlank()) {
          problems.add("disabled rule with an empty id");
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid policy:\n  " + String.join("\n  ", problems));
      }
      return new Policy(this);
    }
  }
}
