package dev.comity.thread;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.api.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written threads for the analyzer tests: a list with regulars, messages, and reports with chosen findings. */
final class ThreadFixtures {
  /** The analysis time of every test: a fixed clock. */
  static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final AuthorKeys KEYS = AuthorKeys.of("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  /** Day zero of a thread: ten days before the analysis. */
  static final Instant T0 = NOW.minus(Duration.ofDays(10));
  static final List<String> REGULARS = List.of(
      "Maria Lindqvist <maria@lists.example>", "Tomas Novak <tomas@uni.example>", "Priya Raman <priya@corp.example>",
      "Ben Okafor <ben@stats.example>", "Ilse Weber <ilse@lab.example>", "Kenji Sato <kenji@dev.example>");

  final List<Message> messages = new ArrayList<>();
  final Map<Message, Report> reports = new IdentityHashMap<>();
  final ParticipantStore history = ParticipantStore.inMemory();

  /**
   * A list where the six regulars posted every day for 200 days before {@link #T0}, and a one-off visitor every other
   * day: half a new poster a day.
   */
  static ThreadFixtures listWithRegulars() {
    ThreadFixtures f = new ThreadFixtures();
    for (int day = 1; day <= 200; day++) {
      if (day % 2 == 0) {
        f.history.record(KEYS.key("visitor" + day + "@elsewhere.example"), "<visit." + day + "@elsewhere.example>",
            T0.minus(Duration.ofDays(day)));
      }
      for (int r = 0; r < REGULARS.size(); r++) {
        f.history.record(KEYS.key(REGULARS.get(r)), "<old." + day + "." + r + "@lists.example>",
            T0.minus(Duration.ofDays(day)).plus(Duration.ofHours(r)));
      }
    }
    return f;
  }

  /** Adds a message, civil unless findings are given, replying to {@code parent} (null for a root). */
  Message post(String id, String author, Duration after, String parent, String text, Finding... findings) {
    Message.Builder b = Message.builder(text).id(id).author(author).timestamp(T0.plus(after))
        .header("Subject", parent == null ? "Dropping the legacy parser in 4.2" : "Re: Dropping the legacy parser in 4.2");
    if (parent != null) {
      b.inReplyTo(parent).references(List.of(parent));
    }
    Message m = b.build();
    messages.add(m);
    double score = 0;
    for (Finding x : findings) {
      score = Math.max(score, x.weight());
    }
    reports.put(m, new Report(Optional.of(id), score > 0 ? Verdict.REVIEW : Verdict.OK, score, Map.of(),
        List.of(findings), false, List.of(), Map.of()));
    return m;
  }

  /** A finding of {@code category} over the first occurrence of {@code phrase} in {@code text}. */
  static Finding finding(String text, String phrase, Category category, Severity severity) {
    int start = text.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in the text");
    }
    return new Finding("test/" + category.id(), "test", category, severity, 1.0, Target.PERSON,
        new Span(start, start + phrase.length()), phrase, category.id() + " in a test fixture");
  }

  /** Records every message so far in the history, as the bot would on arrival. */
  ThreadFixtures recordAll() {
    messages.forEach(m -> history.record(m, KEYS));
    return this;
  }

  /** Threads the messages and analyses the (single) conversation with the fixed clock. */
  dev.comity.api.ThreadReport analyze() {
    recordAll();
    List<Conversation> threads = Threader.thread(messages);
    if (threads.size() != 1) {
      throw new IllegalStateException("fixture threads into " + threads.size() + " conversations");
    }
    return ThreadAnalysis.of(CLOCK).analyze(threads.get(0), p -> reports.get(p.message()), history, KEYS);
  }
}
