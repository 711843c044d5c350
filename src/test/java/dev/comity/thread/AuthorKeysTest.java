package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorKeysTest {
  private static final AuthorKeys KEYS = ThreadFixtures.KEYS;

  @Test
  void everyPipermailSpellingOfOneAddressHashesAlike() {
    String key = KEYS.key("Duncan Murdoch <murdoch.duncan@gmail.com>");
    assertThat(KEYS.key("murdoch.duncan at gmail.com (Duncan Murdoch)")).isEqualTo(key);
    assertThat(KEYS.key("murdoch@dunc@n @ending from gm@il@com (Duncan Murdoch)")).isEqualTo(key);
    assertThat(KEYS.key("murdoch@dunc@n @end|ng |rom gm@||@com (Duncan Murdoch)")).isEqualTo(key);
    assertThat(KEYS.key("MURDOCH.DUNCAN@GMAIL.COM")).isEqualTo(key);
  }

  @Test
  void differentAddressesHashApart() {
    assertThat(KEYS.key("jane at example.org")).isNotEqualTo(KEYS.key("joe at example.org"));
  }

  @Test
  void keysAreHexDigestsThatDoNotContainTheAddress() {
    String key = KEYS.key("jane@example.org");
    assertThat(key).hasSize(64).matches("[0-9a-f]+").doesNotContain("jane");
  }

  @Test
  void anotherSecretGivesOtherKeys() {
    AuthorKeys other = AuthorKeys.of("fedcba9876543210fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(other.key("jane@example.org")).isNotEqualTo(KEYS.key("jane@example.org"));
  }

  @Test
  void aKeyFileIsCreatedOnceAndReadBackTheSame(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("history.db.key");
    AuthorKeys created = AuthorKeys.loadOrCreate(file);
    AuthorKeys loaded = AuthorKeys.loadOrCreate(file);
    assertThat(loaded.key("jane@example.org")).isEqualTo(created.key("jane@example.org"));
    assertThat(Files.readString(file).strip()).hasSize(64);
  }

  @Test
  void aMalformedKeyFileFailsWithItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.key");
    Files.writeString(file, "not hex\n");
    assertThatThrownBy(() -> AuthorKeys.loadOrCreate(file)).isInstanceOf(IOException.class)
        .hasMessageContaining(file + ":1:1");
  }

  @Test
  void shortSecretsAreRefused() {
    assertThatThrownBy(() -> AuthorKeys.of(new byte[8])).isInstanceOf(IllegalArgumentException.class);
  }
}
