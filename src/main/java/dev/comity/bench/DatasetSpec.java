package dev.comity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A dataset the suite knows: where it lives under the datasets root, its license, where to get it, and the reader of
 * its upstream format. Immutable and thread-safe.
 */
public final class DatasetSpec {
  /** Reads one split from the dataset's folder. */
  @FunctionalInterface
  interface Reader {
    List<Example> read(Path folder, String split) throws IOException;
  }

  private final String name;
  private final String license;
  private final boolean mayShip;
  private final String source;
  private final List<String> splits;
  private final Reader reader;

  DatasetSpec(String name, String license, boolean mayShip, String source, List<String> splits, Reader reader) {
    this.name = Objects.requireNonNull(name);
    this.license = Objects.requireNonNull(license);
    this.mayShip = mayShip;
    this.source = Objects.requireNonNull(source);
    this.splits = List.copyOf(splits);
    this.reader = Objects.requireNonNull(reader);
  }

  /** Dataset name, e.g. {@code toxic-spans}; also the name of {@link #folder()}. */
  public String name() {
    return name;
  }

  /** Folder under the datasets root, with the upstream file names inside. */
  public String folder() {
    return name;
  }

  /** SPDX-style license of the data, e.g. {@code CC0-1.0}. */
  public String license() {
    return license;
  }

  /** Whether a model trained on this data may be redistributed in the project's jar. */
  public boolean mayShip() {
    return mayShip;
  }

  /** Where to get the files. */
  public String source() {
    return source;
  }

  /** Upstream split names this dataset has, first the one the suites evaluate on by default. */
  public List<String> splits() {
    return splits;
  }

  /** Whether the dataset's folder exists under {@code datasetsRoot}. */
  public boolean presentIn(Path datasetsRoot) {
    return Files.isDirectory(datasetsRoot.resolve(folder()));
  }

  /**
   * Reads one split in file order.
   *
   * @throws NoSuchFileException naming the missing file and where to get it
   * @throws IOException with {@code file:line} when a row cannot be read
   * @throws IllegalArgumentException when {@code split} is not one of {@link #splits()}
   */
  public List<Example> read(Path datasetsRoot, String split) throws IOException {
    if (!splits.contains(split)) {
      throw new IllegalArgumentException(
          "dataset " + name + " has no split '" + split + "'; its splits are " + splits);
    }
    Path folder = datasetsRoot.resolve(folder());
    try {
      if (!Files.isDirectory(folder)) {
        throw new NoSuchFileException(folder.toString());
      }
      return reader.read(folder, split);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(
          e.getFile(), null, "dataset " + name + " (" + license + "): missing " + e.getFile() + "; get it from " + source);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
