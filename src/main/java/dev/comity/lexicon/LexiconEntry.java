package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Category;
import dev.comity.api.Severity;
import dev.comity.api.Target;
import dev.comity.text.RegionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a lexicon: a rule (in a {@code rules} lexicon) or an allowed phrase (in an {@code allow} lexicon).
 * Immutable.
 *
 * @param id the permanent entry id; the rule id is {@code <lexicon id>/<id>}
 * @param line 1-based line of the {@code [id]} header
 * @param rule what a match reports; empty for allow entries
 * @param regions the region kinds the entry applies in; empty means every scored region
 * @param match the patterns, at least one
 * @param unlessBefore a match is dropped when one of these ends right before it
 * @param unlessAfter a match is dropped when one of these starts right after it
 * @param note why the entry exists, when given
 * @param hits examples the rule must flag; empty for allow entries
 * @param oks near misses that must not be flagged (for allow entries: texts the phrase must suppress findings in)
 */
public record LexiconEntry(
    String id,
    int line,
    Optional<Rule> rule,
    Set<RegionKind> regions,
    List<LexiconPattern> match,
    List<LexiconPattern> unlessBefore,
    List<LexiconPattern> unlessAfter,
    Optional<String> note,
    List<LexiconExample> hits,
    List<LexiconExample> oks) {

  public LexiconEntry {
    requireNonNull(id, "id");
    requireNonNull(rule, "rule");
    requireNonNull(note, "note");
    regions = Set.copyOf(regions);
    match = List.copyOf(match);
    unlessBefore = List.copyOf(unlessBefore);
    unlessAfter = List.copyOf(unlessAfter);
    hits = List.copyOf(hits);
    oks = List.copyOf(oks);
  }

  /** Whether this is an allow entry. */
  public boolean isAllow() {
    return rule.isEmpty();
  }

  /**
   * What a rule reports.
   *
   * @param category the finding category
   * @param severity how bad the language is when aimed at a person
   * @param sureness the finding confidence, in (0, 1]
   * @param target the declared target; empty for {@code auto} (read from the words around the match)
   * @param message one line for a moderator
   */
  public record Rule(
      Category category, Severity severity, double sureness, Optional<Target> target, String message) {
    public Rule {
      requireNonNull(category, "category");
      requireNonNull(severity, "severity");
      requireNonNull(target, "target");
      requireNonNull(message, "message");
      if (!(sureness > 0.0 && sureness <= 1.0)) {
        throw new IllegalArgumentException("sureness " + sureness + " is outside (0, 1]");
      }
    }
  }
}
