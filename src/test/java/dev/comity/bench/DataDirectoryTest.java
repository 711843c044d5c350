package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @Test
  void givenDirectoryIsUsed(@TempDir Path dir) throws NoSuchFileException {
    assertThat(DataDirectory.resolve(dir)).isEqualTo(dir);
  }

  @Test
  void missingDirectorySaysHowToGetTheData(@TempDir Path dir) {
    assertThatThrownBy(() -> DataDirectory.resolve(dir.resolve("nowhere")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nowhere")
        .hasMessageContaining("benchmarks/README.md")
        .hasMessageContaining("--data DIR");
  }
}
