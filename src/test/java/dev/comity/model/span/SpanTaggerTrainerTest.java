package dev.comity.model.span;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.bench.Example;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanTaggerTrainerTest {
  @Test
  void sameExamplesAndParamsGiveIdenticalModelBytes() throws IOException {
    byte[] first = bytes(SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params()));
    byte[] second = bytes(SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params()));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void otherParamsGiveOtherBytes() throws IOException {
    byte[] base = bytes(SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params()));
    byte[] other = bytes(SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params().withThreshold(0.3)));
    assertThat(other).isNotEqualTo(base);
  }

  @Test
  void examplesWithoutSpanAnnotationAreSkipped() throws IOException {
    Example unannotated =
        new Example("tiny", "x", "You idiot, this is garbage.", true, Set.of(), Optional.empty(), "x");
    List<Example> withIt = new java.util.ArrayList<>(TinyCorpus.examples());
    withIt.add(unannotated);
    assertThat(bytes(SpanTaggerTrainer.train(withIt, TinyCorpus.params())))
        .isEqualTo(bytes(SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params())));
  }

  @Test
  void trainingWithoutAnySpanAnnotationIsRefused() {
    Example unannotated = new Example("tiny", "x", "Looks good.", false, Set.of(), Optional.empty(), "x");
    assertThatThrownBy(() -> SpanTaggerTrainer.train(List.of(unannotated), TinyCorpus.params()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no example has gold spans");
  }

  @Test
  void paramsRejectUnknownAlgorithmAndThresholdsOutOfRange() {
    assertThatThrownBy(() -> new SpanTrainingParams("SVM", 10, 0, true, 2, 1, 0.5, 0))
        .hasMessageContaining("algorithm must be one of");
    assertThatThrownBy(() -> TinyCorpus.params().withThreshold(0)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new SpanTrainingParams("MAXENT", 10, 0, true, 1, 1, 0.5, 0))
        .hasMessageContaining("weightFolds");
    assertThatThrownBy(() -> new SpanTrainingParams("MAXENT", 10, 0, true, 2, 1, 0.5, 1))
        .hasMessageContaining("relative threshold");
  }

  @Test
  void theRelativeThresholdIsKeptInTheModel() throws IOException {
    SpanTrainingParams p = TinyCorpus.params();
    SpanTaggerModel model = SpanTaggerTrainer.train(TinyCorpus.examples(), new SpanTrainingParams(p.algorithm(),
        p.iterations(), p.cutoff(), p.charNgrams(), p.weightFolds(), p.weightSmoothing(), p.threshold(), 0.4));
    assertThat(model.relative()).isEqualTo(0.4);
    assertThat(SpanTaggerModel.read(new java.io.ByteArrayInputStream(bytes(model))).relative()).isEqualTo(0.4);
  }

  static byte[] bytes(SpanTaggerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
