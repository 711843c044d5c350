package dev.comity.cli;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.MailReader;
import dev.comity.mail.Maildir;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.ParticipantStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Mail archives for the thread commands: finding their files, reading, scoring and recording them in a history. */
final class ThreadCorpus {
  private ThreadCorpus() {}

  /**
   * The mail files of the arguments: a Maildir as itself, any other directory as its mbox files ({@code .mbox},
   * {@code .mbox.gz}, pipermail's {@code .txt.gz}) sorted by name, a file as itself.
   *
   * @throws InputException listing every missing or unusable argument
   */
  static List<Path> files(List<String> arguments) {
    List<Path> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String arg : arguments) {
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        problems.add(arg + ": no such file or directory");
      } else if (Files.isDirectory(path) && !Maildir.isMaildir(path)) {
        try (Stream<Path> list = Files.list(path)) {
          List<Path> archives = list.filter(ThreadCorpus::isMbox).sorted().toList();
          if (archives.isEmpty()) {
            problems.add(arg + ": a directory with neither a Maildir nor .mbox, .mbox.gz or .txt.gz archives");
          }
          out.addAll(archives);
        } catch (IOException e) {
          problems.add(arg + ": cannot list: " + e.getMessage());
        }
      } else {
        out.add(path);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  private static boolean isMbox(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (name.endsWith(".mbox") || name.endsWith(".mbox.gz") || name.endsWith(".txt.gz"));
  }

  /** Every message of {@code files}, file by file in order; files are read in parallel. */
  static List<Message> read(List<Path> files) {
    try {
      return files.parallelStream().map(ThreadCorpus::readFile).toList().stream().flatMap(List::stream).toList();
    } catch (UncheckedIOException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static List<Message> readFile(Path file) {
    try (Stream<Message> messages = MailReader.messages(file)) {
      return messages.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Each message's report, scored in parallel; keyed by identity, as archives may hold equal copies. */
  static Map<Message, Report> score(Moderator moderator, List<Message> messages) {
    List<Report> reports = messages.parallelStream().map(moderator::check).toList();
    Map<Message, Report> out = new IdentityHashMap<>(messages.size() * 2);
    for (int i = 0; i < messages.size(); i++) {
      out.put(messages.get(i), reports.get(i));
    }
    return out;
  }

  /** Records every dated message with an author in {@code store}; returns how many were new. */
  static long record(ParticipantStore store, AuthorKeys keys, List<Message> messages) {
    return messages.stream().filter(m -> store.record(m, keys)).count();
  }
}
