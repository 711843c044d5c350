package dev.comity.lexicon;

import com.google.common.hash.Hashing;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  static final int CUES_AFTER = 2;
  /** Tokens (words and punctuation) read at most in either direction, so a run of symbols cannot make it slow. */
  private static final int MAX_CUE_TOKENS = 24;
  /** Tokens tried at most as starts of an unless pattern next to a match. */
  private static final int MAX_CONTEXT_TOKENS = 32;

  private static final String QUOTES = "\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A\u2039\u203A";
  /** Two-word phrases that name the next word instead of using it ("the word idiot"). */
  private static final String[][] MENTION = {{"the", "word"}, {"the", "term"}, {"words", "like"}};

  private final CompiledLexicons compiled;
  private final ScorerInfo info;

  LexiconScorer(CompiledLexicons compiled) {
    this.compiled = compiled;
    this.info = new ScorerInfo(ID, version(compiled.lexicons),
        "Patterns from lexicon files: insults, profanity, threats and other inflammatory phrases");
  }

  /**
   * One lexicon's tag ({@code en/insult@2026.11.22}); for several, the newest content version and a digest of every tag,
   * ({@code 2026.11.22+9f3a1c2b}), so that every report can carry it cheaply and still tell two lexicon sets apart.
   */
  private static String version(List<Lexicon> lexicons) {
    if (lexicons.isEmpty()) {
      return "none";
    }
    if (lexicons.size() == 1) {
      return lexicons.get(0).versionTag();
    }
    String tags = lexicons.stream().map(Lexicon::versionTag).collect(Collectors.joining(","));
    String newest = lexicons.stream().map(Lexicon::version).max(String::compareTo).orElseThrow();
    return newest + "+" + Hashing.sha256().hashString(tags, StandardCharsets.UTF_8).toString().substring(0, 8);
  }

  @Override
  public ScorerInfo info() {
    return info;
  }

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
    List<int[]> candidates = new ArrayList<>();
    List<int[]> allowed = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      int index = s.matchOutcome.get(m) / CompiledLexicons.ROLES;
      int first = s.matchFirst.get(m);
      int last = s.matchLast.get(m);
      int start = s.start[first];
      int end = s.matchEnd.get(m);
      CompiledLexicons.Entry e = compiled.entries.get(index);
      Set<RegionKind> regions = e.entry().regions();
      if (!regions.isEmpty()
          && !regions.contains(context.regionAt(nt.originalStart(start)).kind())) {
        continue;
      }
      if (!e.entry().unlessBefore().isEmpty() && unlessBefore(s, index, first)) {
        continue;
      }
      if (!e.entry().unlessAfter().isEmpty() && unlessAfter(s, index, last, end)) {
        continue;
      }
      if (e.entry().isAllow()) {
        allowed.add(new int[] {index, start, end});
      } else if (!isMention(s, first, start, end)) {
        candidates.add(new int[] {index, first, last, start, end});
      }
    }
    int[][] allowedRanges = mergedRanges(allowed);
    // Per rule by start, longest first: a match ending no later than an earlier one lies inside it.
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
        : a[3] != b[3] ? Integer.compare(a[3], b[3]) : Integer.compare(b[4], a[4]));
    List<Finding> findings = new ArrayList<>();
    int entry = -1;
    int maxEnd = -1;
    for (int[] c : candidates) {
      if (c[0] != entry) {
        entry = c[0];
        maxEnd = -1;
      }
      if (c[4] <= maxEnd) {
        // Contained in a longer match of the same rule ("complete idiot" holds "idiot").
        continue;
      }
      maxEnd = c[4];
      if (overlaps(allowedRanges, c[3], c[4])) {
        continue;
      }
      findings.add(finding(context, s, compiled.entries.get(c[0]), c[1], c[2], c[3], c[4]));
    }
    return new Evaluation(findings, allowed);
  }

  /**
   * Whether an {@code unless-before} pattern of entry {@code index} ends right before token {@code first}: only
   * whitespace and soft punctuation between. Its start lies at most the patterns' length back, so only those tokens
   * are tried.
   */
  private boolean unlessBefore(Automaton.Scan s, int index, int first) {
    int anchor = nextHard(s, first);
    ContextFinder finder = new ContextFinder(index * CompiledLexicons.ROLES + CompiledLexicons.UNLESS_BEFORE) {
      @Override
      boolean accept(int last) {
        return last < first && nextHard(s, last + 1) == anchor;
      }
    };
    int depth = compiled.automaton.contextDepth();
    int hard = 0;
    for (int t = first - 1; t >= 0 && hard < depth && t > first - MAX_CONTEXT_TOKENS; t--) {
      if (s.kind[t] == Automaton.BREAK) {
        break;
      }
      hard += s.kind[t] == Automaton.SOFT ? 0 : 1;
      compiled.automaton.context(s, t, finder);
      if (finder.found) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an {@code unless-after} pattern of entry {@code index} starts right after the match ending at token
   * {@code last} (normalized offset {@code end}, past any censor stars it read): only whitespace and soft punctuation
   * between.
   */
  private boolean unlessAfter(Automaton.Scan s, int index, int last, int end) {
    ContextFinder finder = new ContextFinder(index * CompiledLexicons.ROLES + CompiledLexicons.UNLESS_AFTER) {
      @Override
      boolean accept(int lastOfUnless) {
        return true;
      }
    };
    // Each censor star read by the match is one token.
    int next = last + 1 + end - s.end[last];
    for (int t = next; t < s.count && t < next + MAX_CONTEXT_TOKENS; t++) {
      compiled.automaton.context(s, t, finder);
      if (finder.found || s.kind[t] != Automaton.SOFT) {
        break;
      }
    }
    return finder.found;
  }

  /** Looks for one outcome among the unless matches from a start token. */
  private abstract static class ContextFinder implements Automaton.Sink {
    private final int outcome;
    boolean found;

    ContextFinder(int outcome) {
      this.outcome = outcome;
    }

    abstract boolean accept(int last);

    @Override
    public void match(int o, int first, int last, int end) {
      found |= o == outcome && accept(last);
    }
  }

  private Finding finding(
      ScoringContext context, Automaton.Scan s, CompiledLexicons.Entry e, int first, int last, int start, int end) {
    LexiconEntry.Rule rule = e.entry().rule().orElseThrow();
    Target target = target(s, e.language(), rule, first, last);
    Severity severity = target == Target.SELF ? Severity.LOW : rule.severity();
    Span span = s.normalized.toOriginal(start, end);
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
    Target cue = nearestCue(s, cues, first - 1, -1, CUES_BEFORE);
    if (cue == null) {
      cue = nearestCue(s, cues, last + 1, 1, CUES_AFTER);
    }
    if (cue != null) {
      return cue;
    }
    // Name-calling is aimed at someone by definition ("Only an idiot would merge this"); other language may not be.
    return rule.category() == Category.INSULT ? Target.PERSON : Target.UNKNOWN;
  }

  /**
   * The first cue among at most {@code maxWords} words walking from token {@code from} in direction {@code step}
   * ({@code -1} back, {@code 1} forward), stopping at a sentence end or break; {@code null} when there is none.
   */
  private static Target nearestCue(Automaton.Scan s, int[] cues, int from, int step, int maxWords) {
    int words = 0;
    for (int t = from, seen = 0;
        t >= 0 && t < s.count && seen < MAX_CUE_TOKENS - 1 && words < maxWords;
        t += step, seen++) {
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
    return null;
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
  private static boolean isMention(Automaton.Scan s, int first, int a, int b) {
    String text = s.text;
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
