package dev.comity.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Maildir folders and single message files. */
public final class Maildir {
  private static final List<String> SUBDIRECTORIES = List.of("cur", "new");

  private Maildir() {}

  /** Whether {@code dir} is a Maildir: a directory with a {@code cur} or {@code new} subdirectory. */
  public static boolean isMaildir(Path dir) {
    return SUBDIRECTORIES.stream().anyMatch(sub -> Files.isDirectory(dir.resolve(sub)));
  }

  /**
   * The message files of a Maildir: the regular files of {@code cur/}, then of {@code new/}, each sorted by name
   * (Maildir names start with the delivery time, so this is roughly delivery order). Dot files are skipped;
   * {@code tmp/} holds deliveries in progress and is not read.
   *
   * @throws IOException when a subdirectory cannot be listed
   */
  public static List<Path> messages(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String sub : SUBDIRECTORIES) {
      Path folder = dir.resolve(sub);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> listed = Files.list(folder)) {
        listed
            .filter(f -> !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  /**
   * Reads a one-message file ({@code .eml}, a Maildir entry), at most {@link MboxReader#MAX_MESSAGE_BYTES} of it.
   *
   * @throws IOException when the file cannot be read
   */
  public static byte[] readMessage(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MboxReader.MAX_MESSAGE_BYTES);
    }
  }
}
