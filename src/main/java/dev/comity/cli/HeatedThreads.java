package dev.comity.cli;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.ThreadReport;
import dev.comity.bench.RocAuc;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.Conversation;
import dev.comity.thread.ParticipantStore;
import dev.comity.thread.ThreadAnalysis;
import dev.comity.thread.Threader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How the thread signals rank GitHub threads locked as "too heated" against their length-matched controls
 * ({@code too-heated-prs}), and how often they fire on locked issues ({@code locked-issues}, no controls). Context for
 * the thread analysis, not brigading ground truth: these threads are heated, not brigaded.
 *
 * <p>The bench package's readers return comment texts without times and authors, so this reads the two CSV files
 * itself with Commons CSV: {@code too_heated_prs_matched_by_length.csv} (thread_id, created_at, thread_label, text; no
 * authors: every comment counts as one unknown author) and {@code threads_joined.csv} (issue_id, comment_id,
 * created_at, user_id, comment_body; comments without a time are skipped). Every comment replies to its thread's first
 * comment, as GitHub threads are flat.
 */
final class HeatedThreads {
  private static final List<String> KINDS = List.of(ThreadAnalysis.BRIGADING, ThreadAnalysis.PILE_ON,
      "newcomer_burst", "reply_concentration", "near_duplicates", "external_mobilization", "call_to_action",
      "escalation", "velocity");

  private HeatedThreads() {}

  /** Writes the comparison for the datasets under {@code data} that exist; returns whether any did. */
  static boolean evaluate(Path data, Moderator moderator, PrintWriter out) throws IOException {
    boolean any = false;
    Path prs = data.resolve("too-heated-prs").resolve("too_heated_prs_matched_by_length.csv");
    if (Files.isRegularFile(prs)) {
      any = true;
      Map<String, Boolean> heated = new LinkedHashMap<>();
      Map<String, List<Message>> threads = new LinkedHashMap<>();
      for (CSVRecord row : rows(prs)) {
        String thread = row.get("thread_id");
        heated.put(thread, Boolean.parseBoolean(row.get("thread_label")));
        Instant time = time(row.get("created_at"));
        if (time != null) {
          threads.computeIfAbsent(thread, t -> new ArrayList<>()).add(message(thread, threads.get(thread),
              row.get("_id"), "unknown", time, row.get("text")));
        }
      }
      List<ThreadReport> reports = analyze(threads, moderator);
      boolean[] labels = new boolean[reports.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = heated.get(reports.get(i).threadId());
      }
      out.printf(Locale.ROOT, "too-heated-prs: %d threads (%d locked as too heated, %d controls); ROC AUC of each"
          + " signal's score, heated vs controls (0.5 = no better than chance):%n", labels.length, count(labels, true),
          count(labels, false));
      for (String kind : KINDS) {
        double[] scores = reports.stream().mapToDouble(r -> r.score(kind)).toArray();
        out.printf(Locale.ROOT, "  %-22s AUC %.3f  fires (>= 0.5) on %d heated, %d controls%n", kind,
            RocAuc.of(scores, labels), fired(scores, labels, true), fired(scores, labels, false));
      }
    }
    Path issues = data.resolve("locked-issues").resolve("threads_joined.csv");
    if (Files.isRegularFile(issues)) {
      any = true;
      Map<String, List<Message>> threads = new LinkedHashMap<>();
      for (CSVRecord row : rows(issues)) {
        Instant time = time(row.get("created_at"));
        if (time != null && !row.get("user_id").isBlank()) {
          String thread = row.get("issue_id");
          threads.computeIfAbsent(thread, t -> new ArrayList<>()).add(message(thread, threads.get(thread),
              row.get("comment_id"), "github-user-" + row.get("user_id"), time, row.get("comment_body")));
        }
      }
      List<ThreadReport> reports = analyze(threads, moderator);
      out.printf(Locale.ROOT, "locked-issues: %d locked threads with times and authors; share where each signal"
          + " reaches 0.5 (no controls in this file):%n", reports.size());
      for (String kind : KINDS) {
        long n = reports.stream().filter(r -> r.score(kind) >= 0.5).count();
        out.printf(Locale.ROOT, "  %-22s %5.1f%% (%d)%n", kind, 100.0 * n / Math.max(1, reports.size()), n);
      }
    }
    return any;
  }

  private static Iterable<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  private static Instant time(String value) {
    try {
      return value.isBlank() ? null : Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Message message(String thread, List<Message> earlier, String id, String author, Instant time,
      String text) {
    Message.Builder b = Message.builder(text).id("<" + thread + "." + id + "@github.invalid>").author(author)
        .timestamp(time).header("Subject", thread);
    if (earlier != null && !earlier.isEmpty()) {
      String root = earlier.get(0).id().orElseThrow();
      b.inReplyTo(root).references(List.of(root));
    }
    return b.build();
  }

  /** One conversation per dataset thread, analysed against a history of the dataset's own comments. */
  private static List<ThreadReport> analyze(Map<String, List<Message>> threads, Moderator moderator) {
    List<Message> all = threads.values().stream().flatMap(List::stream).toList();
    Map<Message, Report> reports = ThreadCorpus.score(moderator, all);
    AuthorKeys keys = AuthorKeys.random();
    ParticipantStore history = ParticipantStore.inMemory();
    ThreadCorpus.record(history, keys, all);
    ThreadAnalysis analysis = ThreadAnalysis.of(Clock.systemUTC());
    List<ThreadReport> out = new ArrayList<>();
    threads.forEach((id, messages) -> {
      Conversation c = Threader.thread(messages).get(0);
      ThreadReport r = analysis.analyze(c, p -> reports.get(p.message()), history, keys);
      out.add(new ThreadReport(id, r.subject(), r.messages(), r.analyzedAt(), r.signals(), r.failures()));
    });
    return out;
  }

  private static int count(boolean[] labels, boolean value) {
    int n = 0;
    for (boolean b : labels) {
      n += b == value ? 1 : 0;
    }
    return n;
  }

  private static int fired(double[] scores, boolean[] labels, boolean value) {
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      n += labels[i] == value && scores[i] >= 0.5 ? 1 : 0;
    }
    return n;
  }
}
