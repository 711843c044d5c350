package dev.comity.cli;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Moderator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command runs against: the process streams, whether they are terminals, the environment, and where moderator
 * builders come from. Tests build one with captured streams and a test scorer instead of the process's own.
 *
 * @param stdin standard input, read as UTF-8
 * @param stdout standard output; commands write UTF-8 bytes to it and flush before returning
 * @param stderr standard error for diagnostics and progress
 * @param stdoutTerminal whether standard output is an interactive terminal (colour allowed)
 * @param stderrTerminal whether standard error is an interactive terminal (progress shown by default)
 * @param env environment variables
 * @param moderators a fresh, unconfigured moderator builder per call; commands add their options to it
 */
record CliContext(
    InputStream stdin,
    OutputStream stdout,
    PrintWriter stderr,
    boolean stdoutTerminal,
    boolean stderrTerminal,
    Map<String, String> env,
    Supplier<Moderator.Builder> moderators) {

  CliContext {
    requireNonNull(stdin, "stdin");
    requireNonNull(stdout, "stdout");
    requireNonNull(stderr, "stderr");
    env = Map.copyOf(env);
    requireNonNull(moderators, "moderators");
  }

  /**
   * Whether to colour standard output: only on a terminal, and not when the user opted out with {@code --no-color} or
   * a non-empty {@code NO_COLOR} variable (https://no-color.org).
   */
  boolean color(boolean noColorOption) {
    String noColor = env.get("NO_COLOR");
    return stdoutTerminal && !noColorOption && (noColor == null || noColor.isEmpty());
  }
}
