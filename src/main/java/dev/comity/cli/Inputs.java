package dev.comity.cli;

import dev.comity.mail.Maildir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Input files: which kinds {@code scan} reads, checking them before a run, and reading one-message text files. */
final class Inputs {
  /** Names standard input in messages and reports. */
  static final String STDIN = "-";

  /** How a scan input holds messages. */
  enum Kind {
    /** One JSON object per line with a {@code text} and an optional {@code id}. */
    JSONL,
    /** The whole file is one message. */
    TEXT,
    /** One RFC 5322 message: a {@code .eml} file or a Maildir entry. */
    EML,
    /** An mbox archive, gzip-compressed or not (pipermail's {@code .txt.gz}). */
    MBOX
  }

  /**
   * A checked scan input.
   *
   * @param name as given on the command line; {@code -} for standard input
   * @param path the file, or {@code null} for standard input
   * @param kind how it holds messages
   */
  record Input(String name, Path path, Kind kind) {}

  /** The kinds a directory of mail is searched for. */
  private static final Set<Kind> MAIL_KINDS = EnumSet.of(Kind.EML, Kind.MBOX);

  private Inputs() {}

  /**
   * Checks every scan argument up front, so that a typo in the last of many files fails before any output.
   *
   * @throws InputException listing every missing, unreadable or unsupported input
   */
  static List<Input> resolve(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int stdin = 0;
    for (String arg : arguments) {
      if (arg.equals(STDIN)) {
        if (++stdin == 2) {
          problems.add("standard input ('-') can be read only once");
        }
        inputs.add(new Input(STDIN, null, Kind.JSONL));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        directory(arg, path, inputs, problems);
        continue;
      }
      Kind kind = kind(path);
      if (kind == null) {
        problems.add(arg + ": unsupported file type; supported: .jsonl (one {\"id\", \"text\"} object per line),"
            + " .txt (one message per file), .eml (one mail), .mbox, .mbox.gz, .txt.gz (mbox archives, pipermail),"
            + " a directory (a Maildir, or a folder of mail files), - (JSONL on standard input)");
      } else if (!Files.exists(path)) {
        problems.add(arg + ": no such file");
      } else if (!Files.isRegularFile(path)) {
        problems.add(arg + ": not a regular file");
      } else if (!Files.isReadable(path)) {
        problems.add(arg + ": not readable");
      } else {
        inputs.add(new Input(arg, path, kind));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return inputs;
  }

  private static Kind kind(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      return Kind.JSONL;
    } else if (name.endsWith(".txt")) {
      return Kind.TEXT;
    } else if (name.endsWith(".eml")) {
      return Kind.EML;
    } else if (name.endsWith(".mbox") || name.endsWith(".mbox.gz") || name.endsWith(".txt.gz")) {
      return Kind.MBOX;
    }
    return null;
  }

  /**
   * Adds the messages of a directory, each file named by its path: a Maildir's in {@link Maildir#messages} order; for
   * any other directory, its mail files ({@code .eml}, {@code .mbox}, {@code .mbox.gz}, {@code .txt.gz}) and those of
   * its subdirectories, sorted by path so that every run reads them in the same order. Other files, a pipermail
   * archive's {@code .txt} licence for one, are not messages and are skipped; symbolic links are not followed.
   */
  private static void directory(String arg, Path dir, List<Input> inputs, List<String> problems) {
    try {
      if (Maildir.isMaildir(dir)) {
        for (Path file : Maildir.messages(dir)) {
          inputs.add(new Input(file.toString(), file, Kind.EML));
        }
        return;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(f -> Files.isRegularFile(f) && MAIL_KINDS.contains(kind(f))).sorted().toList();
      }
      if (files.isEmpty()) {
        problems.add(arg + ": a directory with no mail files (.eml, .mbox, .mbox.gz, .txt.gz) and not a Maildir"
            + " (no cur/ or new/ in it)");
      }
      for (Path file : files) {
        inputs.add(new Input(file.toString(), file, kind(file)));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(arg + ": cannot list the directory: " + e.getMessage());
    }
  }

  /**
   * Reads a one-message text file as UTF-8, malformed bytes replaced by U+FFFD. Reads at most {@code maxChars + 1}
   * chars: the moderator scores only {@code maxChars} and needs one more to know the message was truncated, so memory
   * stays bounded whatever the file's size.
   *
   * @throws InputException when the file is missing or unreadable
   */
  static String readText(Path file, int maxChars) {
    int limit = (int) Math.min(Integer.MAX_VALUE - 8L, maxChars + 1L);
    try (Reader reader =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while (text.length() < limit && (n = reader.read(buffer, 0, Math.min(buffer.length, limit - text.length()))) > 0) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
