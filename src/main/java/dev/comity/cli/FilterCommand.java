package dev.comity.cli;

import dev.comity.api.Category;
import dev.comity.api.ConfigurationException;
import dev.comity.api.Finding;
import dev.comity.api.Report;
import dev.comity.api.ScorerFailure;
import dev.comity.mail.HeaderRewriter;
import dev.comity.mail.HeaderRewriter.Field;
import dev.comity.mail.MailParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code comity filter}: reads one mail message from standard input and writes it to standard output with
 * {@code X-Comity-*} header fields added, every other byte unchanged. Built to sit in a mail server's delivery path:
 * whatever goes wrong inside Comity, the message still comes out (with an {@code X-Comity-Error} field) and the exit
 * status is 0.
 */
@Command(
    name = "filter",
    description = {
      "Reads one RFC 5322 message from standard input and writes it to standard output with X-Comity-Verdict,"
          + " X-Comity-Score, X-Comity-Categories and X-Comity-Findings added at the top of the header; incoming"
          + " X-Comity-* fields are removed first. On any problem the message passes through with an X-Comity-Error"
          + " field instead, and the exit status is still 0.",
      "Exits " + FilterCommand.EXIT_TEMPFAIL + " (EX_TEMPFAIL) only when standard input or output fails, so the mail"
          + " server keeps the message and retries."
    })
final class FilterCommand implements Callable<Integer> {
  /** sysexits.h EX_TEMPFAIL: mail servers defer delivery and retry rather than bounce. */
  static final int EXIT_TEMPFAIL = 75;

  /** The error field's name. */
  static final String ERROR = "X-Comity-Error";

  /** Findings listed in {@code X-Comity-Findings}; the rest are counted. */
  static final int MAX_LISTED_FINDINGS = 10;

  private static final int DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

  private final CliContext context;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Score messages of at most N bytes; bigger ones pass through with X-Comity-Error (default: "
          + DEFAULT_MAX_BYTES + ").")
  private int maxBytes = DEFAULT_MAX_BYTES;

  @Mixin private ModeratorOptions options;

  @Spec private CommandSpec spec;

  FilterCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (maxBytes < 1 || maxBytes == Integer.MAX_VALUE) {
      throw new ParameterException(
          spec.commandLine(), "--max-bytes must be between 1 and " + (Integer.MAX_VALUE - 1) + ", got " + maxBytes);
    }
    InputStream in = context.stdin();
    OutputStream out = context.stdout();
    try {
      // One byte more than the limit tells an oversized message from one of exactly the limit.
      byte[] raw = in.readNBytes(maxBytes + 1);
      if (raw.length > maxBytes) {
        writeOversized(raw, in, out);
      } else {
        out.write(annotateOrKeep(raw));
      }
      out.flush();
      return 0;
    } catch (IOException e) {
      context.stderr().println("comity: filter: cannot pass the message through: " + e.getMessage());
      return EXIT_TEMPFAIL;
    }
  }

  /**
   * {@link #annotate}, or the message exactly as read should even adding the error field fail (it works on the bytes
   * alone, so only a bug or exhausted memory can make it): unchanged mail is better than none.
   */
  private byte[] annotateOrKeep(byte[] raw) {
    try {
      return annotate(raw);
    } catch (RuntimeException | OutOfMemoryError e) {
      context.stderr().println("comity: filter: passing the message through unchanged after an internal error");
      e.printStackTrace(context.stderr());
      return raw;
    }
  }

  /** The message with its verdict fields, or with an error field when it cannot be scored. */
  private byte[] annotate(byte[] raw) {
    if (raw.length == 0) {
      return HeaderRewriter.rewrite(raw, 0, List.of(new Field(ERROR, "empty input")), false);
    }
    if (!HeaderRewriter.looksLikeMessage(raw, raw.length)) {
      return HeaderRewriter.rewrite(raw, raw.length, List.of(new Field(ERROR, "not a mail message")), true);
    }
    List<Field> fields;
    try {
      MailParser.Parsed parsed = MailParser.parse(raw, options.mailLimits());
      Report report = options.moderator(context).check(parsed.message());
      fields = fields(report, parsed.message().text(), parsed.truncated() || report.truncated());
    } catch (ConfigurationException | ParameterException e) {
      context.stderr().println("comity: filter: " + e.getMessage());
      fields = List.of(new Field(ERROR, "configuration error"));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Anything from parsing or scoring: the mail matters more than its verdict.
      context.stderr().println("comity: filter: internal error, please report it with the stack trace below");
      e.printStackTrace(context.stderr());
      fields = List.of(new Field(ERROR, "internal error " + e.getClass().getSimpleName()));
    }
    return HeaderRewriter.rewrite(raw, raw.length, fields, true);
  }

  /**
   * Passes an oversized message through: the part read, with the error field, then the rest streamed. Forged fields
   * are removed only when the whole header block was read.
   */
  private void writeOversized(byte[] head, InputStream rest, OutputStream out) throws IOException {
    List<Field> error = List.of(new Field(ERROR, "message over " + maxBytes + " bytes, not scored"));
    out.write(HeaderRewriter.rewrite(head, head.length, error, HeaderRewriter.hasHeaderEnd(head, head.length)));
    rest.transferTo(out);
  }

  /**
   * The verdict fields for {@code report}; line:col of findings refer to {@code text}, the decoded body. {@code
   * truncated}: a limit stopped reading or scoring, so the verdict covers only part of the message.
   */
  static List<Field> fields(Report report, String text, boolean truncated) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("X-Comity-Verdict", report.verdict().id()));
    fields.add(new Field("X-Comity-Score", ReportJson.decimal(report.score())));
    fields.add(new Field("X-Comity-Categories", categories(report.categories())));
    fields.add(new Field("X-Comity-Findings", findings(report.findings(), text)));
    if (truncated) {
      fields.add(new Field("X-Comity-Truncated", "yes"));
    }
    if (report.hasFailures()) {
      fields.add(
          new Field(
              ERROR,
              "scorer failed: "
                  + report.failures().stream().map(ScorerFailure::scorer).collect(Collectors.joining(", "))));
    }
    return fields;
  }

  private static String categories(Map<Category, Double> categories) {
    if (categories.isEmpty()) {
      return "none";
    }
    return categories.entrySet().stream()
        .map(e -> e.getKey().id() + "=" + ReportJson.decimal(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** {@code rule line:col} for the first findings, then how many more; lines and columns as in {@code check}. */
  private static String findings(List<Finding> findings, String text) {
    if (findings.isEmpty()) {
      return "none";
    }
    List<String> listed = new ArrayList<>();
    LineCursor cursor = new LineCursor(text);
    for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_LISTED_FINDINGS))) {
      cursor.moveTo(f.span().start());
      listed.add(f.rule() + " " + cursor.line() + ":" + cursor.column());
    }
    String summary = String.join(", ", listed);
    int more = findings.size() - listed.size();
    return more > 0 ? summary + ", +" + more + " more" : summary;
  }
}
