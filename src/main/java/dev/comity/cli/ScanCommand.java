package dev.comity.cli;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code comity scan}: scores every message of JSONL, text and mail files on all cores and writes the reports in input
 * order. See {@link OrderedPipeline} for how memory stays bounded.
 */
@Command(
    name = "scan",
    description = {
      "Scans files of messages: FILE.jsonl holds one {\"id\": ..., \"text\": ...} object per line, FILE.txt is one"
          + " message, FILE.eml one mail, FILE.mbox, FILE.mbox.gz and FILE.txt.gz (pipermail) are mbox archives, a"
          + " directory is a Maildir or a folder of such mail files (searched recursively), '-' reads JSONL from"
          + " standard input. A mail's report id is its Message-ID.",
      "Reports come out in input order. A line that is not a JSON object with a string \"text\" gives a report whose"
          + " failures name the problem (scorer \"input\"); the scan goes on and exits 2 at the end."
    })
final class ScanCommand implements Callable<Integer> {
  /** Messages per batch: large enough to amortize hand-offs between threads, small enough to keep cores busy. */
  static final int BATCH_MESSAGES = 256;
  /** A JSONL or mbox batch is cut once it holds this many bytes, whatever its message count. */
  static final int BATCH_BYTES = 1 << 20;
  /** Input errors shown on standard error; the rest are counted. */
  private static final int ERRORS_SHOWN = 10;

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "A .jsonl, .txt, .eml, .mbox, .mbox.gz or .txt.gz file, a Maildir or folder of mail files, or -"
          + " for JSONL on stdin.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default): messages with findings, then totals; jsonl: one report per message.")
  private Format format = Format.TEXT;

  @Option(names = "--include-text", description = "Add the message text to JSON reports.")
  private boolean includeText;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Scoring threads (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show progress on standard error (default: when it is a terminal).")
  private Boolean progress;

  @Option(names = "--no-color", description = "No ANSI colours, even on a terminal (so does NO_COLOR=1).")
  private boolean noColor;

  @Option(
      names = "--stats",
      description = "At the end, print to standard error the messages read, the conversations their mail headers"
          + " thread into, messages/s and MB/s since the JVM started, and the peak heap. Threading keeps every"
          + " mail's reply fields in memory until the end.")
  private boolean stats;

  @Mixin private ModeratorOptions options;

  @Mixin private FailOnOption failOn;

  /** Output formats of {@code scan}. */
  enum Format {
    TEXT,
    JSONL
  }

  ScanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    List<Inputs.Input> inputs = Inputs.resolve(files);
    Moderator moderator = options.moderator(context);
    BatchScorer scorer =
        new BatchScorer(
            moderator, format == Format.JSONL, includeText, new TextReport(context.color(noColor)), stats);
    PrintWriter err = context.stderr();
    Progress shown =
        (progress == null ? context.stderrTerminal() : progress) ? new Progress(err, context.stderrTerminal()) : null;
    OutputStream out = new BufferedOutputStream(context.stdout(), 1 << 16);
    Totals totals = new Totals(stats);
    try (BatchReader reader =
        new BatchReader(inputs, context.stdin(), options.maxChars(), options.mailLimits(), BATCH_MESSAGES, BATCH_BYTES)) {
      OrderedPipeline.run(
          reader::next,
          scorer::score,
          chunk -> {
            out.write(chunk.output());
            totals.add(chunk);
            if (shown != null) {
              shown.update(totals.messages, totals.bytes);
            }
          },
          threads,
          threads * 4);
      if (format == Format.TEXT) {
        out.write(totals.summary().getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    } catch (IOException e) {
      // Reading errors arrive as InputExceptions; an IOException here comes from writing (a closed pipe, a full disk).
      throw new InputException("cannot write output: " + e.getMessage(), e);
    }
    if (shown != null) {
      shown.finish(totals.messages, totals.bytes);
    }
    if (stats) {
      err.println("comity: " + ScanStats.of(totals.messages, totals.bytes, totals.threading).summary());
    }
    totals.errors.stream().limit(ERRORS_SHOWN).forEach(e -> err.println("comity: " + e));
    if (totals.errorCount > ERRORS_SHOWN) {
      err.println("comity: " + (totals.errorCount - ERRORS_SHOWN) + " more input errors");
    }
    err.flush();
    if (totals.errorCount > 0) {
      return Main.EXIT_ERROR;
    }
    for (Verdict v : Verdict.values()) {
      if (totals.verdicts[v.ordinal()] > 0 && failOn.fails(v)) {
        return Main.EXIT_FAIL;
      }
    }
    return 0;
  }

  /** What the writer adds up over the run. */
  private static final class Totals {
    private final long[] verdicts = new long[Verdict.values().length];
    private final List<String> errors = new ArrayList<>();
    private final List<Message> threading;
    private long errorCount;
    private long messages;
    private long bytes;

    /** @param threading whether to keep the mail reply fields the chunks carry */
    Totals(boolean threading) {
      this.threading = threading ? new ArrayList<>() : null;
    }

    void add(BatchScorer.Chunk chunk) {
      for (int i = 0; i < verdicts.length; i++) {
        verdicts[i] += chunk.verdicts()[i];
      }
      for (String e : chunk.inputErrors()) {
        if (errors.size() < ERRORS_SHOWN) {
          errors.add(e);
        }
      }
      errorCount += chunk.inputErrors().size();
      messages += chunk.messages();
      bytes += chunk.bytes();
      if (threading != null) {
        threading.addAll(chunk.threading());
      }
    }

    String summary() {
      StringBuilder s = new StringBuilder();
      s.append(messages).append(messages == 1 ? " message: " : " messages: ");
      s.append(verdicts[Verdict.OK.ordinal()]).append(" ok, ");
      s.append(verdicts[Verdict.REVIEW.ordinal()]).append(" review, ");
      s.append(verdicts[Verdict.VIOLATION.ordinal()]).append(" violation");
      if (errorCount > 0) {
        s.append(", ").append(errorCount).append(errorCount == 1 ? " input error" : " input errors");
      }
      return s.append('\n').toString();
    }
  }
}
