package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches live threads as mail arrives, for a bot: {@link #add} files a message and its report into its thread,
 * records it in the participant history, re-analyses the thread and returns an alert when a verdict first crosses
 * {@link ThreadAnalysis#ALERT_THRESHOLD} in an episode. An episode ends after {@code quietPeriod} without a message in
 * the thread; a later crossing whose evidence reaches into the new episode alerts again. Threads idle longer than
 * {@code retention} are forgotten (their history stays in the store).
 *
 * <p>A message joins a thread through its In-Reply-To/References, or else by normalized subject within {@link
 * #SUBJECT_WINDOW} of the thread's last message. Time comes from the messages' dates, and from the injected clock for
 * messages without one and for forgetting idle threads. Thread-safe: {@code add} is synchronized.
 */
public final class ThreadWatch {
  /** A message with the subject of a thread active this recently joins it even without reply headers. */
  public static final Duration SUBJECT_WINDOW = Duration.ofDays(30);
  /** Default silence that ends an episode. */
  public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofHours(72);
  /** Default time after which an idle thread is forgotten. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(60);

  private final ParticipantStore store;
  private final AuthorKeys keys;
  private final ThreadAnalysis analysis;
  private final Clock clock;
  private final Duration quietPeriod;
  private final Duration retention;
  private final Map<String, Watched> byMessage = new HashMap<>();
  private final Map<String, Watched> bySubject = new HashMap<>();
  private final Map<String, Watched> threads = new HashMap<>();

  private ThreadWatch(ParticipantStore store, AuthorKeys keys, ThreadAnalysis analysis, Clock clock,
      Duration quietPeriod, Duration retention) {
    this.store = requireNonNull(store, "store");
    this.keys = requireNonNull(keys, "keys");
    this.analysis = requireNonNull(analysis, "analysis");
    this.clock = requireNonNull(clock, "clock");
    this.quietPeriod = requireNonNull(quietPeriod, "quietPeriod");
    this.retention = requireNonNull(retention, "retention");
  }

  /** A watch with the built-in analysis, a 72-hour quiet period and 60-day retention. */
  public static ThreadWatch create(ParticipantStore store, AuthorKeys keys, Clock clock) {
    return create(store, keys, ThreadAnalysis.of(clock), clock, DEFAULT_QUIET_PERIOD, DEFAULT_RETENTION);
  }

  /**
   * A watch with everything chosen.
   *
   * @throws IllegalArgumentException when a duration is not positive
   */
  public static ThreadWatch create(ParticipantStore store, AuthorKeys keys, ThreadAnalysis analysis, Clock clock,
      Duration quietPeriod, Duration retention) {
    if (quietPeriod.isZero() || quietPeriod.isNegative() || retention.isZero() || retention.isNegative()) {
      throw new IllegalArgumentException("quiet period and retention must be positive: " + quietPeriod + ", "
          + retention);
    }
    return new ThreadWatch(store, keys, analysis, clock, quietPeriod, retention);
  }

  /**
   * Adds an arriving message and the report the moderator gave it. A message seen before (same Message-ID) changes
   * nothing and returns empty.
   *
   * @return an alert when this message makes the thread cross the threshold for the first time in its episode
   */
  public synchronized Optional<ThreadAlert> add(Message message, Report report) {
    requireNonNull(message, "message");
    requireNonNull(report, "report");
    Instant now = clock.instant();
    forgetIdle(now);
    String ownKey = message.id().map(Threader::key).filter(k -> !k.isEmpty()).orElse(null);
    if (ownKey != null && byMessage.containsKey(ownKey)) {
      return Optional.empty();
    }
    store.record(message, keys);
    Instant time = message.timestamp().orElse(now);
    Watched thread = find(message, time);
    if (thread == null) {
      thread = new Watched(message.id().orElse("<watch." + threads.size() + "." + now.toEpochMilli() + ">").strip());
      threads.put(thread.id, thread);
    }
    if (thread.last != null && Duration.between(thread.last, time).compareTo(quietPeriod) >= 0) {
      thread.episodeStart = time;
      thread.alerted = false;
    }
    if (thread.episodeStart == null) {
      thread.episodeStart = time;
    }
    thread.last = thread.last == null || time.isAfter(thread.last) ? time : thread.last;
    thread.messages.add(message);
    thread.reports.put(message, report);
    if (ownKey != null) {
      byMessage.put(ownKey, thread);
    }
    String subject = Subjects.normalize(message.header("subject").stream().findFirst().orElse(""));
    if (!subject.isEmpty()) {
      bySubject.put(subject, thread);
    }
    ThreadReport result = analyze(thread, message);
    thread.lastReport = result;
    if (thread.alerted) {
      return Optional.empty();
    }
    Instant episodeStart = thread.episodeStart;
    List<ThreadSignal> crossing = ThreadAnalysis.alerts(result).stream()
        .filter(s -> !s.end().isBefore(episodeStart))
        .toList();
    if (crossing.isEmpty()) {
      return Optional.empty();
    }
    thread.alerted = true;
    return Optional.of(new ThreadAlert(thread.id, crossing, result));
  }

  /** The latest analysis of the watched thread holding {@code messageId}, if it is still watched. */
  public synchronized Optional<ThreadReport> report(String messageId) {
    Watched w = byMessage.get(Threader.key(messageId));
    return w == null ? Optional.empty() : Optional.ofNullable(w.lastReport);
  }

  /**
   * The watched message with {@code messageId}, if its thread is still watched; e.g. to show an alert's evidence spans
   * in their text.
   */
  public synchronized Optional<Message> message(String messageId) {
    String key = Threader.key(messageId);
    Watched w = byMessage.get(key);
    return w == null
        ? Optional.empty()
        : w.messages.stream().filter(m -> m.id().map(Threader::key).filter(key::equals).isPresent()).findFirst();
  }

  /** Number of threads watched. */
  public synchronized int threads() {
    return threads.size();
  }

  private Watched find(Message message, Instant time) {
    List<String> refs = new ArrayList<>(message.references());
    message.inReplyTo().ifPresent(refs::add);
    for (int i = refs.size() - 1; i >= 0; i--) {
      Watched w = byMessage.get(Threader.key(refs.get(i)));
      if (w != null) {
        return w;
      }
    }
    String subject = Subjects.normalize(message.header("subject").stream().findFirst().orElse(""));
    Watched w = subject.isEmpty() ? null : bySubject.get(subject);
    return w != null && threads.containsKey(w.id) && Duration.between(w.last, time).abs().compareTo(SUBJECT_WINDOW) <= 0
        ? w : null;
  }

  private ThreadReport analyze(Watched thread, Message added) {
    List<Conversation> conversations = Threader.thread(thread.messages);
    Conversation mine = conversations.get(0);
    for (Conversation c : conversations) {
      if (c.posts().stream().anyMatch(p -> p.message() == added)) {
        mine = c;
      }
    }
    return analysis.analyze(mine, p -> thread.reports.get(p.message()), store, keys);
  }

  private void forgetIdle(Instant now) {
    Instant cutoff = now.minus(retention);
    for (Iterator<Watched> it = threads.values().iterator(); it.hasNext(); ) {
      Watched w = it.next();
      if (w.last.isBefore(cutoff)) {
        it.remove();
        byMessage.values().removeIf(x -> x == w);
        bySubject.values().removeIf(x -> x == w);
      }
    }
  }

  /** A thread being watched. */
  private static final class Watched {
    final String id;
    final List<Message> messages = new ArrayList<>();
    final Map<Message, Report> reports = new IdentityHashMap<>();
    Instant last;
    Instant episodeStart;
    boolean alerted;
    ThreadReport lastReport;

    Watched(String id) {
      this.id = id;
    }
  }
}
