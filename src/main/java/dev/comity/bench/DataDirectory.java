package dev.comity.bench;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Finds the datasets root: the directory a user named, else {@code ../shared/datasets} next to the project. */
public final class DataDirectory {
  /** Where the datasets are looked for when no directory is given, relative to the working directory. */
  public static final Path DEFAULT = Path.of("..", "shared", "datasets");

  static final String HOW_TO_GET =
      "download the datasets listed in benchmarks/README.md (each keeps its upstream folder and file names) into one"
          + " directory and pass it with --data DIR";

  private DataDirectory() {}

  /**
   * The given directory, else {@link #DEFAULT} when it exists.
   *
   * @param orNull the directory a user named, or {@code null}
   * @throws NoSuchFileException when the given directory, or with none given the default, does not exist; the message
   *     says how to get the data
   */
  public static Path resolve(Path orNull) throws NoSuchFileException {
    Path dir = orNull != null ? orNull : DEFAULT;
    if (!Files.isDirectory(dir)) {
      String which = orNull != null ? "data directory " : "no --data given and the default data directory ";
      throw new NoSuchFileException(
          dir.toString(), null, which + dir.toAbsolutePath().normalize() + " does not exist: " + HOW_TO_GET);
    }
    return dir;
  }
}
