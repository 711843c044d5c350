package dev.comity.thread;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold secrets or message-derived data (the author key, the participant history, the bot's store), created
 * readable and writable by their owner only.
 */
public final class PrivateFiles {
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private PrivateFiles() {}

  /**
   * Creates {@code file}, empty, with owner-only permissions from the start (there is no moment when others may open
   * it); on a file system without POSIX permissions it gets the file system's defaults. An existing file is left as
   * it is, permissions included.
   *
   * @return whether the file was created
   * @throws IOException when it cannot be created
   */
  public static boolean createIfMissing(Path file) throws IOException {
    try {
      try {
        Files.createFile(file, OWNER_ONLY);
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }
}
