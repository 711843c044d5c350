package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files: the author key, the participant history and the bot's store. */
class PrivateFilesTest {
  @TempDir Path dir;

  @BeforeEach
  void posix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void aNewFileIsOwnerOnlyAndAnExistingOneKeepsItsPermissions() throws IOException {
    Path created = dir.resolve("new");
    Path existing = Files.createFile(dir.resolve("old"));
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(PrivateFiles.createIfMissing(created)).isTrue();
    assertThat(PrivateFiles.createIfMissing(existing)).isFalse();

    assertThat(permissions(created)).isEqualTo("rw-------");
    assertThat(permissions(existing)).isEqualTo("rw-r--r--");
  }

  @Test
  void theAuthorKeyAndTheParticipantHistoryAreOwnerOnly() throws IOException {
    AuthorKeys.loadOrCreate(dir.resolve("keys/history.key"));
    ParticipantStore.sqlite(dir.resolve("history.db")).close();

    assertThat(permissions(dir.resolve("keys/history.key"))).isEqualTo("rw-------");
    assertThat(permissions(dir.resolve("history.db"))).isEqualTo("rw-------");
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }
}
