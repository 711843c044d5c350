package dev.comity.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comity check}: scores a few messages given as arguments, files or standard input, and explains each. */
@Command(
    name = "check",
    description = {
      "Checks messages and shows every finding under the line it is on.",
      "Each TEXT argument is one message (quote it); each --file is one message; with neither, standard input is one"
          + " message."
    })
final class CheckCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "A message to check.")
  private List<String> texts = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "A file holding one message, read as UTF-8 (repeatable).")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default): findings with carets; json: one pretty-printed report per message.")
  private Format format = Format.TEXT;

  @Option(names = "--include-text", description = "Add the message text to JSON reports.")
  private boolean includeText;

  @Option(names = "--no-color", description = "No ANSI colours, even on a terminal (so does NO_COLOR=1).")
  private boolean noColor;

  @Mixin private ModeratorOptions options;

  @Mixin private FailOnOption failOn;

  /** Output formats of {@code check}. */
  enum Format {
    TEXT,
    JSON
  }

  CheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<String> labels = new ArrayList<>();
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      labels.add("argument " + (i + 1));
      messages.add(Message.of(texts.get(i)));
    }
    for (Path file : files) {
      labels.add(file.toString());
      messages.add(Message.builder(Inputs.readText(file, options.maxChars())).id(file.toString()).build());
    }
    if (messages.isEmpty()) {
      labels.add("standard input");
      messages.add(Message.of(readStdin()));
    }
    Moderator moderator = options.moderator(context);
    try {
      return write(moderator, labels, messages) ? Main.EXIT_FAIL : 0;
    } catch (IOException e) {
      throw new InputException("cannot write output: " + e.getMessage(), e);
    }
  }

  private String readStdin() {
    try {
      return new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read standard input: " + e.getMessage(), e);
    }
  }

  /** Scores and prints every message; returns whether one reached {@code --fail-on}. */
  private boolean write(Moderator moderator, List<String> labels, List<Message> messages) throws IOException {
    boolean failed = false;
    OutputStream out = context.stdout();
    JsonGenerator json = null;
    if (format == Format.JSON) {
      json = ReportJson.FACTORY.createGenerator(out).setPrettyPrinter(ReportJson.prettyPrinter());
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
    TextReport text = new TextReport(context.color(noColor));
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      Report report = moderator.check(message);
      failed |= failOn.fails(report.verdict());
      if (json != null) {
        ReportJson.write(json, report, message.text(), includeText);
        json.writeRaw('\n');
      } else {
        StringBuilder sb = new StringBuilder();
        if (i > 0) {
          sb.append('\n');
        }
        text.render(sb, messages.size() > 1 ? labels.get(i) : null, message.text(), report);
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    if (json != null) {
      json.close();
    }
    out.flush();
    return failed;
  }
}
