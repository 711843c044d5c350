package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped model was trained by the current code: its manifest's feature fingerprint, parameters, own-examples
 * digest and file digests match what the code and the jar hold now. When this fails after a change to segmentation,
 * normalization or features, retrain the shipped model with the command on its card.
 */
class ShippedModelTest {
  private final ModelManifest manifest = ModelBundle.bundled().manifest();

  @Test
  void featureExtractionIsTheOneTheShippedModelWasTrainedWith() {
    assertThat(manifest.get("features.fingerprint")).isEqualTo(ModelManifest.featureFingerprint());
  }

  @Test
  void trainingParametersAreTheDefaults() {
    assertThat(manifest.get("message.params")).isEqualTo(MessageTrainingParams.defaults().describe());
  }

  @Test
  void ourOwnExamplesAreTheOnesTrainedOn() {
    assertThat(manifest.get("own-examples.sha256")).isEqualTo(ModelManifest.sha256(ModelTraining.ownExamplesBytes()));
  }

  @Test
  void modelFilesAreTheOnesTheManifestDescribes() throws IOException {
    for (String file : new String[] {ModelBundle.MESSAGE, ModelBundle.CALIBRATION}) {
      try (InputStream in = ModelBundle.class.getResourceAsStream(ModelBundle.RESOURCE_FOLDER + file)) {
        assertThat(in).as(file).isNotNull();
        assertThat(ModelManifest.sha256(in.readAllBytes())).as(file).isEqualTo(manifest.get("sha256." + file));
      }
    }
  }

  @Test
  void trainedOnlyOnDataThatMayShip() {
    for (String source : manifest.get("training.sources").split(",")) {
      String name = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
      if (name.equals(ModelTraining.OWN_DATASET) || name.startsWith("holdout=")) {
        continue;
      }
      assertThat(dev.comity.bench.Datasets.named(name).mayShip()).as(source).isTrue();
    }
  }

  @Test
  void theShippedTaggerMarksTheInsultsOfAnUncivilMessageAndLeavesReviewMailAlone() {
    dev.comity.api.Moderator moderator = dev.comity.api.Moderator.builder().bundledLexicons(false).build();
    String rude = "Only a complete idiot would merge this garbage, you clueless moron.";

    java.util.List<dev.comity.api.Finding> findings = moderator.check(rude).findings();
    java.util.List<dev.comity.api.Finding> civil = moderator
        .check("Thanks for the quick review. I have rebased on main and the ARM build passes now.").findings();

    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.source()).isEqualTo(ModelScorer.ID));
    assertThat(findings).extracting(dev.comity.api.Finding::text).anySatisfy(t -> assertThat(t).contains("idiot"));
    assertThat(civil).isEmpty();
  }
}
