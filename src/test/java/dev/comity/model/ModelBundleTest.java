package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.comity.api.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a model directory written by {@code comity train}, and refusing one that is not what training wrote. */
class ModelBundleTest {
  @TempDir Path dir;

  @BeforeEach
  void train() throws IOException {
    ModelTraining.train(TinyData.withSpans(), List.of("jsonl:all"), TinyData.params(), dir, line -> {});
  }

  @Test
  void aBundleAsTrainingWroteItIsReadWithItsSpanTagger() {
    ModelBundle bundle = ModelBundle.read(dir);

    assertThat(bundle.span()).isPresent();
    assertThat(bundle.manifest().get("sha256." + ModelBundle.SPAN)).hasSize(64);
  }

  @Test
  void everyChangedOrMissingFileIsListed() throws IOException {
    byte[] span = Files.readAllBytes(dir.resolve(ModelBundle.SPAN));
    span[span.length / 2] ^= 1;
    Files.write(dir.resolve(ModelBundle.SPAN), span);
    Files.delete(dir.resolve(ModelBundle.CALIBRATION));

    ConfigurationException e = catchThrowableOfType(() -> ModelBundle.read(dir), ConfigurationException.class);

    assertThat(e.problems())
        .containsExactly(
            dir.resolve(ModelBundle.CALIBRATION) + ": missing, though manifest.properties lists it",
            dir.resolve(ModelBundle.SPAN) + ": not the file 'comity train' wrote (its SHA-256 differs from"
                + " manifest.properties); restore it or train again");
  }

  @Test
  void modelsTrainedWithOtherFeaturesAreRefused() throws IOException {
    Path manifest = dir.resolve(ModelBundle.MANIFEST);
    String text = Files.readString(manifest);
    String fingerprint = ModelManifest.featureFingerprint();
    Files.writeString(manifest, text.replace(fingerprint, "0".repeat(fingerprint.length())));

    ConfigurationException e = catchThrowableOfType(() -> ModelBundle.read(dir), ConfigurationException.class);

    assertThat(e.problems()).singleElement().asString().startsWith(manifest + ": trained by a Comity version");
  }

  @Test
  void aSpanModelThatCannotBeParsedFailsTheReadThoughItLoadsOnAnotherThread() throws IOException {
    byte[] garbage = "not a span model at all\n".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(ModelBundle.SPAN), garbage);
    Path manifest = dir.resolve(ModelBundle.MANIFEST);
    Files.writeString(manifest, Files.readString(manifest).replaceAll(
        "(?m)^sha256\\.span\\.bin=.*$", "sha256.span.bin=" + ModelManifest.sha256(garbage)));

    ConfigurationException e = catchThrowableOfType(() -> ModelBundle.read(dir), ConfigurationException.class);

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith(dir + ": not a model directory")
        .contains(dir + "/" + ModelBundle.SPAN + ": not a Comity span model");
  }
}
