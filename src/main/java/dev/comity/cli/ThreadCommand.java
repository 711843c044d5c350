package dev.comity.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.comity.api.Evidence;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.Span;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.Conversation;
import dev.comity.thread.ParticipantStore;
import dev.comity.thread.ThreadAnalysis;
import dev.comity.thread.ThreadReportText;
import dev.comity.thread.Threader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code comity thread}: threads mail archives, scores every message, and reports brigading and pile-on signals per
 * thread against the list's participant history.
 */
@Command(
    name = "thread",
    description = {
      "Finds brigading and pile-ons in mail archives: threads the messages, scores each, and measures newcomer"
          + " bursts, reply concentration, near-duplicate wording, external mobilization, calls to action, escalation"
          + " and velocity per thread, combined into brigading and pile_on verdicts (alert at "
          + "0.5; see dev.comity.thread.ThreadAnalysis).",
      "The participant history (who posted before, since when) comes from the --history archives, or from the"
          + " ARCHIVEs themselves; with --history-db it is kept in an SQLite file whose authors are HMAC-SHA256 hashes"
          + " under a key in --key-file (created on first use)."
    })
final class ThreadCommand implements Callable<Integer> {
  /** Same-subject roots further apart than this are separate conversations. */
  static final Duration SUBJECT_WINDOW = Duration.ofDays(30);

  private final CliContext context;

  @Parameters(paramLabel = "ARCHIVE", arity = "1..*",
      description = "An mbox (.mbox, .mbox.gz, pipermail .txt.gz), a .eml, a Maildir, or a directory of mbox files.")
  private List<String> archives = new ArrayList<>();

  @Option(names = "--history", paramLabel = "ARCHIVE",
      description = "Archives of the list's past, to learn who posted before (default: the ARCHIVEs).")
  private List<String> history = new ArrayList<>();

  @Option(names = "--history-db", paramLabel = "FILE",
      description = "Keep the participant history in this SQLite file (created if missing) and add to it.")
  private Path historyDb;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "Hex key hashing author identities (default: the history db path + .key; created if missing).")
  private Path keyFile;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default) or json: one JSON object per reported thread per line.")
  private Format format = Format.TEXT;

  @Option(names = "--all", description = "Report every thread with a signal, not only threads with an alert.")
  private boolean all;

  @Mixin private ModeratorOptions options;

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  ThreadCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    List<Path> inputFiles = ThreadCorpus.files(archives);
    List<Path> historyFiles = history.isEmpty() ? List.of() : ThreadCorpus.files(history);
    Moderator moderator = options.moderator(context);
    AuthorKeys keys = keyFile != null ? AuthorKeys.loadOrCreate(keyFile)
        : historyDb != null ? AuthorKeys.loadOrCreate(Path.of(historyDb + ".key")) : AuthorKeys.random();
    List<Message> messages = ThreadCorpus.read(inputFiles);
    try (ParticipantStore store = historyDb == null ? ParticipantStore.inMemory() : ParticipantStore.sqlite(historyDb)) {
      // The inputs join the history too: the baseline rates need the list's traffic around each thread, and a
      // message already recorded counts once.
      if (!historyFiles.isEmpty()) {
        ThreadCorpus.record(store, keys, ThreadCorpus.read(historyFiles));
      }
      ThreadCorpus.record(store, keys, messages);
      Map<Message, Report> reports = ThreadCorpus.score(moderator, messages);
      ThreadAnalysis analysis = ThreadAnalysis.of(Clock.systemUTC());
      List<Conversation> conversations = Threader.thread(messages, SUBJECT_WINDOW);
      List<ThreadReport> results = conversations.parallelStream()
          .map(c -> analysis.analyze(c, p -> reports.get(p.message()), store, keys))
          .toList();
      try {
        write(results, messages.size());
      } catch (IOException e) {
        throw new InputException("cannot write output: " + e.getMessage(), e); // a closed pipe, a full disk
      }
    }
    return 0;
  }

  private void write(List<ThreadReport> results, int messageCount) throws IOException {
    OutputStream out = new BufferedOutputStream(context.stdout(), 1 << 16);
    int alerts = 0;
    int brigading = 0;
    int pileOn = 0;
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (ThreadReport r : results) {
      List<ThreadSignal> alerting = ThreadAnalysis.alerts(r);
      alerts += alerting.isEmpty() ? 0 : 1;
      brigading += r.score(ThreadAnalysis.BRIGADING) >= ThreadAnalysis.ALERT_THRESHOLD ? 1 : 0;
      pileOn += r.score(ThreadAnalysis.PILE_ON) >= ThreadAnalysis.ALERT_THRESHOLD ? 1 : 0;
      if (alerting.isEmpty() && !(all && !r.signals().isEmpty())) {
        continue;
      }
      if (format == Format.JSON) {
        text.flush();
        try (JsonGenerator g = ReportJson.FACTORY.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          writeJson(g, r);
        }
        out.write('\n');
      } else {
        text.print(ThreadReportText.format(r));
      }
    }
    if (format == Format.TEXT) {
      text.println(results.size() + (results.size() == 1 ? " thread, " : " threads, ") + messageCount
          + (messageCount == 1 ? " message: " : " messages: ") + alerts + " with an alert ("
          + brigading + " brigading, " + pileOn + " pile_on)");
    }
    text.flush();
    if (text.checkError()) { // PrintWriter keeps the IOException to itself
      throw new IOException("the output stream failed");
    }
    out.flush();
  }

  static void writeJson(JsonGenerator g, ThreadReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("thread", r.threadId());
    g.writeStringField("subject", r.subject());
    g.writeNumberField("messages", r.messages());
    g.writeStringField("analyzed_at", r.analyzedAt().toString());
    g.writeArrayFieldStart("signals");
    for (ThreadSignal s : r.signals()) {
      g.writeStartObject();
      g.writeStringField("kind", s.kind());
      g.writeFieldName("score");
      g.writeNumber(ReportJson.decimal(s.score()));
      g.writeStringField("severity", s.severity().id());
      g.writeStringField("start", s.start().toString());
      g.writeStringField("end", s.end().toString());
      g.writeStringField("explanation", s.explanation());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : s.evidence()) {
        g.writeStartObject();
        g.writeStringField("message_id", e.messageId());
        g.writeStringField("author", e.author());
        g.writeStringField("note", e.note());
        g.writeArrayFieldStart("spans");
        for (Span span : e.spans()) {
          g.writeStartObject();
          g.writeNumberField("start", span.start());
          g.writeNumberField("end", span.end());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("failures");
    for (String failure : r.failures()) {
      g.writeString(failure);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
