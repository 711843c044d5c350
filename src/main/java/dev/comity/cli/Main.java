package dev.comity.cli;

import dev.comity.api.ConfigurationException;
import dev.comity.api.Moderator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code comity} command. Exit codes: 0 ran fine whatever it found; 1 a report reached {@code --fail-on} (or
 * {@code lexicon fmt --check} found files to reformat); 2 usage, input or configuration error; 3 internal error; 75
 * {@code filter} could not read or write the message (see {@link FilterCommand}).
 */
@Command(
    name = "comity",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = Main.ManifestVersion.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Finds inflammatory language in developer messages, with exact spans.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran fine, whatever it found",
      "1:a report reached --fail-on; lexicon fmt --check found files to reformat; bench --check found a regression",
      "2:usage, input or configuration error",
      "3:internal error",
      "75:filter: standard input or output failed"
    })
public final class Main implements Callable<Integer> {
  /** A report reached {@code --fail-on}, or files need reformatting. */
  static final int EXIT_FAIL = 1;
  /** Bad usage, unusable input or configuration. */
  static final int EXIT_ERROR = 2;
  /** A bug in Comity. */
  static final int EXIT_INTERNAL = 3;

  /**
   * OpenNLP's trainers log every indexing step and every dropped event at INFO (thousands of lines for one {@code
   * train} or cross-domain {@code bench}); the commands report training progress themselves. Held here because
   * java.util.logging keeps loggers only weakly.
   */
  private static final Logger OPENNLP_LOG = Logger.getLogger("opennlp");

  @Spec private CommandSpec spec;

  private Main() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    OPENNLP_LOG.setLevel(Level.WARNING);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    CliContext context =
        new CliContext(
            System.in,
            new FileOutputStream(FileDescriptor.out),
            err,
            isTerminal(1),
            isTerminal(2),
            System.getenv(),
            Moderator::builder);
    System.exit(commandLine(context).execute(args));
  }

  /** The full command tree, running against {@code context}. */
  static CommandLine commandLine(CliContext context) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand(new CommandLine(new CheckCommand(context)));
    cl.addSubcommand(new CommandLine(new ScanCommand(context)));
    cl.addSubcommand(new CommandLine(new FilterCommand(context)));
    cl.addSubcommand(new CommandLine(new BotCommand(context)));
    cl.addSubcommand(new CommandLine(new BenchCommand(context)));
    cl.addSubcommand(new CommandLine(new ThreadCommand(context)));
    cl.addSubcommand(new CommandLine(new ThreadEvalCommand(context)));
    cl.addSubcommand(new CommandLine(new TrainCommand(context)));
    cl.addSubcommand(new CommandLine(new EvaluateCommand(context)));
    cl.addSubcommand(
        new CommandLine(new LexiconCommand())
            .addSubcommand(new CommandLine(new LexiconCommand.Lint(context)))
            .addSubcommand(new CommandLine(new LexiconCommand.Fmt(context))));
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(context.stderr());
    cl.setColorScheme(Help.defaultColorScheme(context.color(false) ? Help.Ansi.ON : Help.Ansi.OFF));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          PrintWriter stderr = command.getErr();
          int code;
          if (e instanceof ConfigurationException c) {
            c.problems().forEach(p -> stderr.println("comity: " + p));
            code = EXIT_ERROR;
          } else if (e instanceof InputException i) {
            i.problems().forEach(p -> stderr.println("comity: " + p));
            code = EXIT_ERROR;
          } else {
            stderr.println("comity: internal error, please report it with the stack trace below");
            e.printStackTrace(stderr);
            code = EXIT_INTERNAL;
          }
          stderr.flush();
          return code;
        });
    return cl;
  }

  /** Without a command, explains what commands there are. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: check, scan, filter, bot, thread, thread-eval, lexicon, train, evaluate or bench");
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java 17 cannot tell for one stream ({@code System.console()}
   * needs both stdin and stdout to be terminals, so {@code echo x | comity check} would lose colour and a redirected
   * scan would lose progress); on Linux the descriptor's link names the terminal device. Elsewhere it falls back to
   * {@code System.console()}.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  /** The version from the jar manifest's {@code Implementation-Version}. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"comity " + (version == null ? "(development build)" : version)};
    }
  }
}
