package dev.comity.cli;

import dev.comity.api.Moderator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the CLI in-process with captured streams, for tests. */
final class Cli {
  /** What a run printed and returned. */
  record Result(int exit, String out, String err) {}

  private String stdin = "";
  private boolean terminal;
  private boolean closedOutput;
  private final Map<String, String> env = new HashMap<>();
  /** A lexicon with three stable rules: {@code idiot} (insult), {@code cancer} (dehumanizing), {@code meh} (mocking). */
  static final String TEST_LEXICON = "src/test/resources/cli/test.lex";

  private Supplier<Moderator.Builder> moderators = Moderator::builder;

  private static final OutputStream BROKEN_PIPE = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  };

  /** With the real moderator, no terminal, empty stdin and environment. */
  static Cli cli() {
    return new Cli();
  }

  Cli stdin(String value) {
    this.stdin = value;
    return this;
  }

  /** Pretends stdout and stderr are terminals. */
  Cli terminal() {
    this.terminal = true;
    return this;
  }

  /** Makes every write to stdout fail, as a closed pipe does. */
  Cli closedOutput() {
    this.closedOutput = true;
    return this;
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli moderators(Supplier<Moderator.Builder> value) {
    this.moderators = value;
    return this;
  }

  /** Runs {@code comity check} with only the test lexicon loaded, then {@code args}. */
  Result check(String... args) {
    return run(withTestLexicon("check", args));
  }

  /** Runs {@code comity scan} with only the test lexicon loaded, then {@code args}. */
  Result scan(String... args) {
    return run(withTestLexicon("scan", args));
  }

  private static String[] withTestLexicon(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--no-bundled-lexicons", "--lexicon", TEST_LEXICON));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            closedOutput ? BROKEN_PIPE : out,
            new PrintWriter(err, true),
            terminal,
            terminal,
            env,
            moderators);
    int exit = Main.commandLine(context).execute(args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
