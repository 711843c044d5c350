package dev.comity.lexicon;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import dev.comity.text.RegionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code lexicon} scorer: every loaded lexicon compiled into one automaton, walked once over each message's
 * normalized text. Immutable and thread-safe: per-message state lives in locals.
 *
 * <p>A pattern match becomes a finding unless its rule's {@code regions} exclude the region it starts in, an {@code
 * unless-before} / {@code unless-after} pattern of the same rule stands right next to it, it is quoted or named as a
 * word (use, not mention), a match of an allow entry overlaps it, or a longer match of the same rule contains it. The
 * target and severity then follow FORMAT.md "Targets and severity". Create one with {@link LexiconScorerProvider}.
 */
public final class LexiconScorer implements Scorer {
  /** The scorer id, also every finding's source. */
  public static final String ID = "lexicon";

  /** Words read back from a match, in the same sentence, when looking for its target. */
  static final int CUES_BEFORE = 5;
  /** Words read forward from a match when nothing was found before it. */
  static final int CUES_AFTER = 3;
  /** Tokens (words and punctuation) read at most in either direction, so a run of symbols cannot make it slow. */
  private static final int MAX_CUE_TOKENS = 24;

  private static final String QUOTES = "\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A\u2039\u203A";
  /** Two-word phrases that name the next word instead of using it ("the word idiot"). */
  private static final String[][] MENTION = {{"the", "word"}, {"the", "term"}, {"words", "like"}};

  private final CompiledLexicons compiled;
  private final ScorerInfo info;

  LexiconScorer(CompiledLexicons compiled) {
    this.compiled = compiled;
    String version = compiled.lexicons.stream().map(Lexicon::versionTag).collect(Collectors.joining(","));
    this.info = new ScorerInfo(ID, version.isEmpty() ? "none" : version,
        "Patterns from lexicon files: insults, profanity, threats and other inflammatory phrases");
  }

  @Override
  public ScorerInfo info() {
    return info;
  }

  /** The loaded lexicons, in load order. */
  public List<Lexicon> lexicons() {
    return compiled.lexicons;
  }

  @Override
  public List<Finding> score(ScoringContext context) {
    return evaluate(context).findings();
  }

  /**
   * Findings, and the normalized ranges matched by allow entries.
   *
   * @param allowed for each allow match, {@code {entry index, start, end}} in normalized offsets
   */
  record Evaluation(List<Finding> findings, List<int[]> allowed) {}

  Evaluation evaluate(ScoringContext context) {
    NormalizedText nt = context.normalized();
    Automaton.Scan s = compiled.automaton.scan(nt);
    int count = s.matchCount();
    if (count == 0) {
      return new Evaluation(List.of(), List.of());
    }
    Map<Long, Integer> before = null;
    Map<Long, Integer> after = null;
    for (int m = 0; m < count; m++) {
      int outcome = s.matchOutcome.get(m);
      int role = outcome % CompiledLexicons.ROLES;
      long entry = outcome / CompiledLexicons.ROLES;
      if (role == CompiledLexicons.UNLESS_BEFORE) {
        // Keyed by the first token after the unless match that is not soft punctuation: the candidate's own start.
        before = before == null ? new HashMap<>() : before;
        before.merge(entry << 32 | nextHard(s, s.matchLast.get(m) + 1), s.matchLast.get(m), Math::min);
      } else if (role == CompiledLexicons.UNLESS_AFTER) {
        after = after == null ? new HashMap<>() : after;
        after.merge(entry << 32 | prevHard(s, s.matchFirst.get(m) - 1), s.matchFirst.get(m), Math::max);
      }
    }
    List<int[]> candidates = new ArrayList<>();
    List<int[]> allowed = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      int outcome = s.matchOutcome.get(m);
      if (outcome % CompiledLexicons.ROLES != CompiledLexicons.MATCH) {
        continue;
      }
      int index = outcome / CompiledLexicons.ROLES;
      int first = s.matchFirst.get(m);
      int last = s.matchLast.get(m);
      CompiledLexicons.Entry e = compiled.entries.get(index);
      Set<RegionKind> regions = e.entry().regions();
      if (!regions.isEmpty()
          && !regions.contains(context.regionAt(nt.originalStart(s.start[first])).kind())) {
        continue;
      }
      if (before != null) {
        Integer lastBefore = before.get((long) index << 32 | nextHard(s, first));
        if (lastBefore != null && lastBefore < first) {
          continue;
        }
      }
      if (after != null) {
        Integer firstAfter = after.get((long) index << 32 | prevHard(s, last));
        if (firstAfter != null && firstAfter > last) {
          continue;
        }
      }
      if (e.entry().isAllow()) {
        allowed.add(new int[] {index, s.start[first], s.end[last]});
      } else if (!isMention(s, first, last)) {
        candidates.add(new int[] {index, first, last});
      }
    }
    int[][] allowedRanges = mergedRanges(allowed);
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
        : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[2], a[2]));
    List<Finding> findings = new ArrayList<>();
    int entry = -1;
    int maxLast = -1;
    for (int[] c : candidates) {
      if (c[0] != entry) {
        entry = c[0];
        maxLast = -1;
      }
      if (c[2] <= maxLast) {
        // Contained in a longer match of the same rule ("complete idiot" holds "idiot").
        continue;
      }
      maxLast = c[2];
      int start = s.start[c[1]];
      int end = s.end[c[2]];
      if (overlaps(allowedRanges, start, end)) {
        continue;
      }
      findings.add(finding(context, s, compiled.entries.get(c[0]), c[1], c[2]));
    }
    return new Evaluation(findings, allowed);
  }

  private Finding finding(ScoringContext context, Automaton.Scan s, CompiledLexicons.Entry e, int first, int last) {
    LexiconEntry.Rule rule = e.entry().rule().orElseThrow();
    Target target = target(s, e.language(), rule, first, last);
    Severity severity = target == Target.SELF ? Severity.LOW : rule.severity();
    Span span = s.normalized.toOriginal(s.start[first], s.end[last]);
    return new Finding(e.ruleId(), ID, rule.category(), severity, rule.sureness(), target, span,
        context.covered(span), rule.message());
  }

  /** FORMAT.md "Targets and severity". */
  private Target target(Automaton.Scan s, int language, LexiconEntry.Rule rule, int first, int last) {
    int[] cues = compiled.cues[language];
    if ((rule.category() == Category.INSULT || rule.category() == Category.PROFANITY)
        && firstPersonCopulaBefore(s, cues, first)) {
      return Target.SELF;
    }
    if (rule.target().isPresent()) {
      return rule.target().get();
    }
    for (int t = first; t <= last; t++) {
      Target cue = cue(s, cues, t);
      if (cue != null) {
        return cue;
      }
    }
    int words = 0;
    for (int t = first - 1; t >= 0 && t > first - MAX_CUE_TOKENS && words < CUES_BEFORE; t--) {
      if (s.kind[t] >= Automaton.END) {
        break;
      }
      if (s.kind[t] == Automaton.WORD) {
        words++;
        Target cue = cue(s, cues, t);
        if (cue != null) {
          return cue;
        }
      }
    }
    words = 0;
    for (int t = last + 1; t < s.count && t < last + MAX_CUE_TOKENS && words < CUES_AFTER; t++) {
      if (s.kind[t] >= Automaton.END) {
        break;
      }
      if (s.kind[t] == Automaton.WORD) {
        words++;
        Target cue = cue(s, cues, t);
        if (cue != null) {
          return cue;
        }
      }
    }
    return Target.UNKNOWN;
  }

  private static Target cue(Automaton.Scan s, int[] cues, int t) {
    if (s.kind[t] != Automaton.WORD) {
      return null;
    }
    if (s.hasLabel(t, cues[CompiledLexicons.CUE_YOU])) {
      return Target.PERSON;
    }
    if (s.hasLabel(t, cues[CompiledLexicons.CUE_SELF])) {
      return Target.SELF;
    }
    if (s.hasLabel(t, cues[CompiledLexicons.CUE_THIRD])) {
      return Target.PERSON;
    }
    if (s.hasLabel(t, cues[CompiledLexicons.CUE_GROUP])) {
      return Target.GROUP;
    }
    return s.hasLabel(t, cues[CompiledLexicons.CUE_ARTIFACT]) ? Target.ARTIFACT : null;
  }

  /**
   * Whether the nearest cue word before {@code first} in its sentence is first person ({@code self}) and is, or is
   * followed by, a {@code copula} word: "I was an idiot", "I'm such an idiot".
   */
  private static boolean firstPersonCopulaBefore(Automaton.Scan s, int[] cues, int first) {
    boolean copula = false;
    int words = 0;
    for (int t = first - 1; t >= 0 && t > first - MAX_CUE_TOKENS && words < CUES_BEFORE; t--) {
      if (s.kind[t] >= Automaton.END) {
        return false;
      }
      if (s.kind[t] != Automaton.WORD) {
        continue;
      }
      words++;
      if (s.hasLabel(t, cues[CompiledLexicons.CUE_SELF])) {
        return copula || s.hasLabel(t, cues[CompiledLexicons.CUE_COPULA]);
      }
      if (cue(s, cues, t) != null) {
        return false;
      }
      copula |= s.hasLabel(t, cues[CompiledLexicons.CUE_COPULA]);
    }
    return false;
  }

  /** Use, not mention: the match is in quotes, or follows "the word", "the term" or "words like". */
  private static boolean isMention(Automaton.Scan s, int first, int last) {
    String text = s.text;
    int a = s.start[first];
    int b = s.end[last];
    if (a > 0 && b < text.length() && QUOTES.indexOf(text.charAt(a - 1)) >= 0
        && QUOTES.indexOf(text.charAt(b)) >= 0) {
      return true;
    }
    int w1 = prevWord(s, first - 1);
    int w2 = w1 < 0 ? -1 : prevWord(s, w1 - 1);
    if (w2 < 0) {
      return false;
    }
    for (String[] phrase : MENTION) {
      if (is(s, w2, phrase[0]) && is(s, w1, phrase[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(Automaton.Scan s, int t, String word) {
    return s.end[t] - s.start[t] == word.length() && s.text.startsWith(word, s.start[t]);
  }

  /** The nearest word token at or before {@code t} past soft punctuation only, or -1. */
  private static int prevWord(Automaton.Scan s, int t) {
    int k = t;
    while (k >= 0 && s.kind[k] == Automaton.SOFT) {
      k--;
    }
    return k >= 0 && s.kind[k] == Automaton.WORD ? k : -1;
  }

  /** The first token at or after {@code t} that is not soft punctuation ({@code s.count} at the end). */
  private static int nextHard(Automaton.Scan s, int t) {
    int k = t;
    while (k < s.count && s.kind[k] == Automaton.SOFT) {
      k++;
    }
    return k;
  }

  /** The last token at or before {@code t} that is not soft punctuation (-1 at the start). */
  private static int prevHard(Automaton.Scan s, int t) {
    int k = t;
    while (k >= 0 && s.kind[k] == Automaton.SOFT) {
      k--;
    }
    return k;
  }

  /** Sorted, merged {@code [start, end)} pairs of the allowed matches. */
  private static int[][] mergedRanges(List<int[]> allowed) {
    if (allowed.isEmpty()) {
      return new int[0][];
    }
    int[][] r = allowed.stream().map(a -> new int[] {a[1], a[2]}).toArray(int[][]::new);
    Arrays.sort(r, (x, y) -> Integer.compare(x[0], y[0]));
    int n = 0;
    for (int[] x : r) {
      if (n > 0 && x[0] <= r[n - 1][1]) {
        r[n - 1][1] = Math.max(r[n - 1][1], x[1]);
      } else {
        r[n++] = x;
      }
    }
    return Arrays.copyOf(r, n);
  }

  private static boolean overlaps(int[][] ranges, int start, int end) {
    int lo = 0;
    int hi = ranges.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges[mid][1] <= start) {
        lo = mid + 1;
      } else if (ranges[mid][0] >= end) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "LexiconScorer[" + info.version() + "]";
  }
}
