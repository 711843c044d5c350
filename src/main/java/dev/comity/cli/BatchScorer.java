package dev.comity.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.ScorerFailure;
import dev.comity.api.Verdict;
import dev.comity.spi.ScorerInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a batch and renders its reports to bytes, so the ordered writer only copies bytes. Called from every worker
 * thread at once; holds no mutable state.
 */
final class BatchScorer {
  /** The {@code scorer} of the failure recorded for a message that could not be read. */
  static final String INPUT = "input";

  /**
   * The reports of one batch, rendered, with what the run's summary and exit code need.
   *
   * @param output the rendered reports
   * @param verdicts how many reports had each verdict, indexed by {@link Verdict#ordinal()}; input errors excluded
   * @param inputErrors the problem of every message that could not be read, in order
   * @param bytes input bytes of the batch
   * @param threading the reply fields of every mail in the batch, when threads are counted (else empty)
   */
  record Chunk(byte[] output, int[] verdicts, List<String> inputErrors, long bytes, List<Message> threading) {
    /** Messages in the batch, input errors included. */
    int messages() {
      int n = inputErrors.size();
      for (int v : verdicts) {
        n += v;
      }
      return n;
    }
  }

  private final Moderator moderator;
  private final boolean jsonl;
  private final boolean includeText;
  private final TextReport text;
  private final boolean threading;
  private final Map<String, String> versions;

  /**
   * @param jsonl one JSON report per line; otherwise {@code text} renders messages with findings or failures
   * @param threading whether chunks carry the reply fields of their mail, for counting threads
   */
  BatchScorer(Moderator moderator, boolean jsonl, boolean includeText, TextReport text, boolean threading) {
    this.moderator = moderator;
    this.jsonl = jsonl;
    this.includeText = includeText;
    this.text = text;
    this.threading = threading;
    Map<String, String> v = new LinkedHashMap<>();
    for (ScorerInfo info : moderator.scorers()) {
      v.put(info.id(), info.version());
    }
    this.versions = v;
  }

  /** Scores every message of {@code batch}, in order. */
  Chunk score(Batch batch) {
    int[] verdicts = new int[Verdict.values().length];
    List<String> inputErrors = new ArrayList<>();
    List<Message> replies = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(jsonl ? batch.size() * 256 : 0);
    StringBuilder human = new StringBuilder();
    try (JsonGenerator json = jsonl ? ReportJson.FACTORY.createGenerator(bytes) : null) {
      for (int i = 0; i < batch.size(); i++) {
        Batch.Item item = batch.item(i);
        Report report;
        if (item.error() == null) {
          Message message = item.mail() != null ? item.mail() : Message.builder(item.text()).id(item.id()).build();
          report = moderator.check(message);
          if (item.truncated()) {
            report = report.asTruncated();
          }
          verdicts[report.verdict().ordinal()]++;
          if (threading && item.mail() != null) {
            replies.add(replyFields(item.mail()));
          }
        } else {
          report = new Report(Optional.ofNullable(item.id()), Verdict.OK, 0.0, Map.of(), List.of(), false,
              List.of(new ScorerFailure(INPUT, item.error())), versions);
          inputErrors.add(item.error());
        }
        if (json != null) {
          ReportJson.write(json, report, item.text() == null ? "" : item.text(), includeText && item.text() != null);
          json.writeRaw('\n');
        } else if (!report.findings().isEmpty() || report.hasFailures()) {
          text.render(human, header(item), item.text() == null ? "" : item.text(), report);
          human.append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a report in memory", e);
    }
    byte[] output = jsonl ? bytes.toByteArray() : human.toString().getBytes(StandardCharsets.UTF_8);
    return new Chunk(output, verdicts, inputErrors, batch.bytes(), replies);
  }

  /** What threading needs of a mail, without its text, so a whole archive's worth stays small. */
  private static Message replyFields(Message mail) {
    Message.Builder b =
        Message.builder("")
            .id(mail.id().orElse(null))
            .inReplyTo(mail.inReplyTo().orElse(null))
            .timestamp(mail.timestamp().orElse(null))
            .references(mail.references());
    mail.header("Subject").forEach(subject -> b.header("Subject", subject));
    return b.build();
  }

  private static String header(Batch.Item item) {
    String name = item.source().equals(Inputs.STDIN) ? "<stdin>" : item.source();
    String where = item.line() == 0 ? name : name + ":" + item.line();
    // A text file's id is its path, already shown; a mail file's id is its Message-ID.
    return item.id() == null || item.id().equals(item.source()) ? where : where + " id=" + item.id();
  }
}
