package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainingTest {
  @TempDir Path tmp;

  @Test
  void trainingTwiceOnTheSameDataWritesTheSameBytes() throws IOException {
    ModelTraining.train(TinyData.examples(), List.of("jsonl:all"), TinyData.params(), tmp.resolve("a"), line -> {});
    ModelTraining.train(TinyData.examples(), List.of("jsonl:all"), TinyData.params(), tmp.resolve("b"), line -> {});

    for (String file : List.of(ModelBundle.MESSAGE, ModelBundle.CALIBRATION, ModelBundle.MANIFEST, ModelBundle.CARD)) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(file)));
    }
  }

  @Test
  void theManifestRecordsInputsParametersAndFileDigests() throws IOException {
    ModelTraining.train(TinyData.examples(), List.of("jsonl:all"), TinyData.params(), tmp, line -> {});
    ModelManifest m = ModelBundle.read(tmp).manifest();

    assertThat(m.get("training.inputs.sha256")).isEqualTo(ModelTraining.inputDigest(TinyData.examples()));
    assertThat(m.get("message.params")).isEqualTo(TinyData.params().describe());
    assertThat(m.get("features.fingerprint")).isEqualTo(ModelManifest.featureFingerprint());
    assertThat(m.get("sha256." + ModelBundle.MESSAGE))
        .isEqualTo(ModelManifest.sha256(Files.readAllBytes(tmp.resolve(ModelBundle.MESSAGE))));
    assertThat(m.version()).isEqualTo(m.get("training.inputs.sha256").substring(0, 12));
  }

  @Test
  void changingOneExampleChangesTheInputDigest() {
    var changed = new java.util.ArrayList<>(TinyData.examples());
    var first = changed.get(0);
    changed.set(0, new dev.comity.bench.Example(first.dataset(), first.id(), first.text() + " ", first.toxic(),
        first.categories(), first.spans(), first.group()));

    assertThat(ModelTraining.inputDigest(changed)).isNotEqualTo(ModelTraining.inputDigest(TinyData.examples()));
  }

  @Test
  void ownExamplesAreLabeledWithCategoriesWhenUncivil() {
    var own = ModelTraining.ownExamples();

    assertThat(own).hasSizeGreaterThan(50);
    assertThat(own).allSatisfy(e -> assertThat(e.toxic()).isEqualTo(!e.categories().isEmpty()));
    assertThat(own).extracting(e -> e.id()).doesNotHaveDuplicates();
  }
}
