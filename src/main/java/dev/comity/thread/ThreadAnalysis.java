package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Evidence;
import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.api.Span;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ParticipantHistory;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the thread analyzers over a conversation and combines their signals into two verdicts, {@code brigading} and
 * {@code pile_on}. Immutable and thread-safe; time comes only from the injected {@link Clock} (read once per analysis,
 * for messages without a date and the report's time) and the messages' own dates.
 *
 * <p>Signals, each scored in [0, 1] (see each analyzer): {@code newcomer_burst} N, {@code reply_concentration} P,
 * {@code near_duplicates} D, {@code external_mobilization} M, {@code call_to_action} C, {@code escalation} E, {@code
 * velocity} V. Verdicts:
 *
 * <ul>
 *   <li>{@code brigading} = N x (0.4 + 0.6 x max(D, M, C, P, V)): people new to the list arriving together, made
 *       credible by coordination (same wording, a pointer from outside, calls to action, one target, a surge). A burst
 *       of newcomers alone reaches at most 0.4.
 *   <li>{@code pile_on} = P x (0.5 + 0.5 x max(N, D, M, C, E)): many authors aimed at one person with hostile tone; regulars
 *       arguing hard with one person reach at most half of their concentration score.
 * </ul>
 *
 * A verdict at or above {@link #ALERT_THRESHOLD} is an alert; severity is high from 0.75, medium from 0.5, low below.
 */
public final class ThreadAnalysis {
  /** Verdict score from which a thread is reported to moderators. */
  public static final double ALERT_THRESHOLD = Signals.MEDIUM;
  /** Kind of the brigading verdict. */
  public static final String BRIGADING = "brigading";
  /** Kind of the pile-on verdict. */
  public static final String PILE_ON = "pile_on";
  /** Default window of the burst, velocity and concentration signals. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  private final Clock clock;
  private final List<ThreadAnalyzer> analyzers;

  private ThreadAnalysis(Clock clock, List<ThreadAnalyzer> analyzers) {
    this.clock = clock;
    this.analyzers = List.copyOf(analyzers);
  }

  /** The built-in analyzers with a 24-hour window, reading time from {@code clock}. */
  public static ThreadAnalysis of(Clock clock) {
    return of(clock, DEFAULT_WINDOW, List.of());
  }

  /**
   * The built-in analyzers with {@code window}, plus {@code extra} analyzers whose signals are reported as they are
   * (they do not enter the verdicts).
   *
   * @throws IllegalArgumentException when the window is not positive or two analyzers share a kind
   */
  public static ThreadAnalysis of(Clock clock, Duration window, List<ThreadAnalyzer> extra) {
    requireNonNull(clock, "clock");
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    List<ThreadAnalyzer> all = new ArrayList<>(List.of(
        new NewcomerBurstAnalyzer(window),
        new ReplyConcentrationAnalyzer(window),
        new NearDuplicateAnalyzer(),
        new MobilizationAnalyzer(),
        new CallToActionAnalyzer(),
        new EscalationAnalyzer(),
        new VelocityAnalyzer(window)));
    all.addAll(extra);
    Map<String, ThreadAnalyzer> kinds = new HashMap<>();
    for (ThreadAnalyzer a : all) {
      ThreadAnalyzer old = kinds.put(a.kind(), a);
      if (old != null || a.kind().equals(BRIGADING) || a.kind().equals(PILE_ON)) {
        throw new IllegalArgumentException("two analyzers report kind '" + a.kind() + "': "
            + (old == null ? "the built-in verdict" : old.getClass().getName()) + " and " + a.getClass().getName());
      }
    }
    return new ThreadAnalysis(clock, all);
  }

  /**
   * Analyses {@code conversation}, whose messages are scored by {@code reports} and whose authors are hashed by {@code
   * keys} to look them up in {@code history}. Messages without an author count as one anonymous author each.
   */
  public ThreadReport analyze(
      Conversation conversation, Function<Post, Report> reports, ParticipantHistory history, AuthorKeys keys) {
    Instant now = clock.instant();
    List<ThreadPost> posts = new ArrayList<>();
    for (Post p : conversation.posts()) {
      Message m = p.message();
      String author = m.author().orElse("");
      String authorKey = author.isEmpty() ? "anonymous:" + p.id() : keys.key(author);
      posts.add(new ThreadPost(p.id(), p.parentId(), author, authorKey, m.timestamp().orElse(now), m,
          requireNonNull(reports.apply(p), "report")));
    }
    return analyze(conversation.id(), conversation.subject(), posts, history, now);
  }

  /** Analyses posts already prepared by the caller (any order; they are sorted by time, stably). */
  public ThreadReport analyze(String threadId, String subject, List<ThreadPost> posts, ParticipantHistory history) {
    return analyze(threadId, subject, posts, history, clock.instant());
  }

  private ThreadReport analyze(
      String threadId, String subject, List<ThreadPost> posts, ParticipantHistory history, Instant now) {
    List<ThreadPost> sorted = new ArrayList<>(posts);
    sorted.sort(Comparator.comparing(ThreadPost::time));
    ThreadContext context = new ThreadContext(threadId, sorted, history, now);
    Map<String, ThreadSignal> signals = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (ThreadAnalyzer a : analyzers) {
      List<ThreadSignal> found;
      try {
        found = a.analyze(context);
      } catch (RuntimeException e) {
        // Isolated like a failing scorer: the report says which analyzer failed and keeps the others' signals.
        failures.add(a.kind() + ": " + e);
        continue;
      }
      for (ThreadSignal s : found) {
        if (s.score() > 0 && s.kind().equals(a.kind())) {
          signals.merge(s.kind(), s, (x, y) -> x.score() >= y.score() ? x : y);
        }
      }
    }
    List<ThreadSignal> out = new ArrayList<>(signals.values());
    verdict(BRIGADING, signals, NewcomerBurstAnalyzer.KIND, 0.4, List.of(NearDuplicateAnalyzer.KIND,
        MobilizationAnalyzer.KIND, CallToActionAnalyzer.KIND, ReplyConcentrationAnalyzer.KIND, VelocityAnalyzer.KIND))
        .ifPresent(out::add);
    verdict(PILE_ON, signals, ReplyConcentrationAnalyzer.KIND, 0.5, List.of(NewcomerBurstAnalyzer.KIND,
        NearDuplicateAnalyzer.KIND, MobilizationAnalyzer.KIND, CallToActionAnalyzer.KIND, EscalationAnalyzer.KIND))
        .ifPresent(out::add);
    return new ThreadReport(threadId, subject, sorted.size(), now, out, failures);
  }

  /** base x (floor + (1 - floor) x max(support)), with the evidence of base and the strongest support. */
  private static Optional<ThreadSignal> verdict(
      String kind, Map<String, ThreadSignal> signals, String baseKind, double floor, List<String> supportKinds) {
    ThreadSignal base = signals.get(baseKind);
    if (base == null) {
      return Optional.empty();
    }
    ThreadSignal support = null;
    for (String k : supportKinds) {
      ThreadSignal s = signals.get(k);
      if (s != null && (support == null || s.score() > support.score())) {
        support = s;
      }
    }
    double supportScore = support == null ? 0 : support.score();
    double score = base.score() * (floor + (1 - floor) * supportScore);
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    Instant start = base.start();
    Instant end = base.end();
    for (ThreadSignal s : support == null ? List.of(base) : List.of(base, support)) {
      for (Evidence e : s.evidence()) {
        evidence.merge(e.messageId(), e, ThreadAnalysis::mergeEvidence);
      }
      start = s.start().isBefore(start) ? s.start() : start;
      end = s.end().isAfter(end) ? s.end() : end;
    }
    String explanation = kind + " " + Signals.format(score) + " = " + baseKind + " " + Signals.format(base.score())
        + " x (" + floor + " + " + Signals.format(1 - floor) + " x "
        + (support == null ? "no corroborating signal" : support.kind() + " " + Signals.format(supportScore)) + "): "
        + base.explanation() + (support == null ? "" : "; " + support.explanation());
    return Optional.of(Signals.signal(kind, score, start, end, new ArrayList<>(evidence.values()),
        explanation));
  }

  private static Evidence mergeEvidence(Evidence a, Evidence b) {
    List<Span> spans = new ArrayList<>(a.spans());
    b.spans().stream().filter(s -> !spans.contains(s)).forEach(spans::add);
    return new Evidence(a.messageId(), a.author(), spans, a.note() + "; " + b.note());
  }

  /** The verdict signals of {@code report} that reach {@link #ALERT_THRESHOLD}. */
  public static List<ThreadSignal> alerts(ThreadReport report) {
    return report.signals().stream()
        .filter(s -> (s.kind().equals(BRIGADING) || s.kind().equals(PILE_ON)) && s.score() >= ALERT_THRESHOLD)
        .toList();
  }
}
