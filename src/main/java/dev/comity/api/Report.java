package dev.comity.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Moderator} found in one message. Immutable and thread-safe; collections are unmodifiable copies.
 *
 * @param id the message id, or empty when the message had none
 * @param verdict what the policy recommends
 * @param score the highest category score, in [0, 1]
 * @param categories score in [0, 1] for every category that has at least one finding; categories without findings
 *     are absent
 * @param findings sorted by span start, then span end, then rule id; overlapping findings are all kept
 * @param truncated whether part of the message was not scored because it exceeded a limit: {@link Moderator#maxChars()}
 *     (only a prefix was scored), {@link Moderator#maxLineChars()} (the rest of a long line was not), or a mail limit
 * @param failures scorers that threw on this message
 * @param versions scorer id to the version of the data or model it used
 */
public record Report(
    Optional<String> id,
    Verdict verdict,
    double score,
    Map<Category, Double> categories,
    List<Finding> findings,
    boolean truncated,
    List<ScorerFailure> failures,
    Map<String, String> versions) {

  /** Sorting order of {@link #findings()}. */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::span).thenComparing(Finding::rule);

  public Report {
    requireNonNull(id, "id");
    requireNonNull(verdict, "verdict");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score " + score + " is outside [0, 1]");
    }
    EnumMap<Category, Double> cats = new EnumMap<>(Category.class);
    cats.putAll(requireNonNull(categories, "categories"));
    categories = Collections.unmodifiableMap(cats);
    List<Finding> sorted = new ArrayList<>(requireNonNull(findings, "findings"));
    sorted.sort(FINDING_ORDER);
    findings = List.copyOf(sorted);
    failures = List.copyOf(failures);
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  /**
   * This report flagged {@link #truncated()}, for a caller whose own reading of the message stopped at a limit (a mail
   * limit, say) before it was scored; this report itself when already flagged.
   */
  public Report asTruncated() {
    return truncated ? this : new Report(id, verdict, score, categories, findings, true, failures, versions);
  }

  /** Whether any scorer failed on this message. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /** Findings of one category, in report order. */
  public List<Finding> findings(Category category) {
    return findings.stream().filter(f -> f.category() == category).toList();
  }
}
