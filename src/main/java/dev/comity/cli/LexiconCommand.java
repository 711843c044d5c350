package dev.comity.cli;

import dev.comity.lexicon.LexiconFormatter;
import dev.comity.lexicon.LexiconLinter;
import dev.comity.lexicon.LexiconParser;
import dev.comity.lexicon.LexiconProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comity lexicon}: tools for lexicon files (see lexicons/FORMAT.md). */
@Command(name = "lexicon", description = "Tools for lexicon files.", synopsisSubcommandLabel = "COMMAND")
final class LexiconCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Without a subcommand, explains what subcommands there are. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: lint or fmt");
  }

  /** {@code comity lexicon lint}: every problem in lexicon files, examples included. */
  @Command(
      name = "lint",
      description = {
        "Checks lexicon files: syntax, ids, classes, and every hit and ok example run through the rules.",
        "Prints every problem as path:line:col: message, the line and a caret; exits 2 if there is any."
      })
  static final class Lint implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A .lex file, or a directory searched for them.")
    private List<Path> paths = new ArrayList<>();

    Lint(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = new PrintWriter(context.stdout(), false, StandardCharsets.UTF_8);
      List<LexiconProblem> problems = LexiconLinter.lint(paths);
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println(p.format()));
        out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        out.flush();
        return Main.EXIT_ERROR;
      }
      List<Path> files = lexiconFiles(paths);
      int rules = 0;
      for (Path file : files) {
        // The linter found no problem, so every file parses.
        rules += LexiconParser.parse(file, Files.readString(file, StandardCharsets.UTF_8))
            .lexicon().orElseThrow().entries().size();
      }
      out.println(files.size() + (files.size() == 1 ? " file, " : " files, ") + rules
          + (rules == 1 ? " rule" : " rules") + " OK");
      out.flush();
      return 0;
    }
  }

  /** {@code comity lexicon fmt}: rewrites lexicon files in canonical form, or lists those that are not. */
  @Command(
      name = "fmt",
      description = {
        "Rewrites lexicon files in canonical form (lexicons/FORMAT.md) and prints the files it changed.",
        "With --check, changes nothing: prints the files that are not canonical and exits 1 if there is any."
      })
  static final class Fmt implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--check", description = "Only list files that are not in canonical form; exit 1 if any.")
    private boolean check;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A .lex file, or a directory searched for them.")
    private List<Path> paths = new ArrayList<>();

    Fmt(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      List<String> problems = new ArrayList<>();
      for (Path p : paths) {
        if (!Files.exists(p)) {
          problems.add(p + ": no such file");
        }
      }
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
      PrintWriter out = new PrintWriter(context.stdout(), false, StandardCharsets.UTF_8);
      int changed = 0;
      for (Path file : lexiconFiles(paths)) {
        String content = read(file);
        if (LexiconFormatter.isCanonical(content)) {
          continue;
        }
        changed++;
        if (!check) {
          write(file, LexiconFormatter.format(content));
        }
        out.println(file);
      }
      out.flush();
      return check && changed > 0 ? Main.EXIT_FAIL : 0;
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InputException(file + ": cannot read: " + e, e);
      }
    }

    /**
     * Replaces the file in one step, so an interrupted run never leaves a half-written lexicon, with the file's
     * permissions (a temporary file starts owner-only).
     */
    private static void write(Path file, String content) {
      Path dir = file.toAbsolutePath().getParent();
      try {
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
          Files.writeString(tmp, content, StandardCharsets.UTF_8);
          if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
          }
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        throw new InputException(file + ": cannot write: " + e, e);
      }
    }
  }

  /** The {@code .lex} files named by {@code paths} as the linter reads them: directories recursively, sorted. */
  static List<Path> lexiconFiles(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".lex") && Files.isRegularFile(f)).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
