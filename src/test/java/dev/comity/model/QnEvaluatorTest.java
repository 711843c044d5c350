package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class QnEvaluatorTest {
  private static DoccatModel train(String algorithm, List<DocumentSample> samples) throws IOException {
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    tp.put(TrainingParameters.ITERATIONS_PARAM, 30);
    tp.put(TrainingParameters.CUTOFF_PARAM, 0);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatModel fitted = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), tp,
        new DoccatFactory(new FeatureGenerator[] {new MessageFeatures()}));
    return MessageModel.deserialize(new ByteArrayInputStream(MessageModel.serialize(fitted)));
  }

  /** Token arrays mixing the given words, words no model knows and sentence breaks. */
  private static List<String[]> randomTexts(List<String> vocabulary, long seed) {
    Random random = new Random(seed);
    List<String[]> texts = new ArrayList<>();
    for (int k = 0; k < 500; k++) {
      String[] tokens = new String[random.nextInt(30)];
      for (int i = 0; i < tokens.length; i++) {
        int r = random.nextInt(20);
        tokens[i] = r == 0 ? MessageFeatures.BREAK : r == 1 ? "unheard-of" + i : vocabulary.get(
            random.nextInt(vocabulary.size()));
      }
      texts.add(tokens);
    }
    return texts;
  }

  private static void assertSameDoublesAsOpenNlp(DoccatModel model, List<String[]> texts) {
    QnEvaluator direct = QnEvaluator.of(model).orElseThrow();
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    for (String[] tokens : texts) {
      assertThat(direct.categorize(tokens)).as(String.join(" ", tokens)).containsExactly(
          categorizer.categorize(tokens));
    }
  }

  @Test
  void givesTheShippedModelsProbabilitiesToTheLastBit() {
    List<String> vocabulary = new ArrayList<>();
    for (String text : List.of(
        "Only a complete idiot would merge this garbage, you clueless moron.",
        "Thanks for the quick review. I have rebased on main and the ARM build passes now.",
        "Why is this still not fixed? I asked three times already and nobody cares!",
        "This is ridiculous. Stop wasting everyone's time with these pointless patches.",
        "Could you add a test for the empty input case? Otherwise it looks good to me.")) {
      for (String t : MessageTrainer.tokens(text)) {
        vocabulary.add(t);
      }
    }

    assertSameDoublesAsOpenNlp(ModelBundle.bundled().message().doccat(), randomTexts(vocabulary, 3));
  }

  @Test
  void readsAPairOfWordsWithSpacesHoweverTheSpaceSplitsIt() throws IOException {
    List<DocumentSample> samples = List.of(
        new DocumentSample("rude", new String[] {"you a", "b c", "idiot"}),
        new DocumentSample("rude", new String[] {"idiot", "x y"}),
        new DocumentSample("none", new String[] {"thanks", "a b", "c", "a"}),
        new DocumentSample("none", new String[] {"looks", "good", MessageFeatures.BREAK, "thanks"}));
    DoccatModel model = train("MAXENT_QN", samples);

    assertSameDoublesAsOpenNlp(model, List.of(
        new String[] {"you", "a b", "c"}, new String[] {"you a", "b", "c"}, new String[] {"a", "b c"},
        new String[] {"a b", "c idiot"}, new String[] {"idiot x", "y"}, new String[] {}));
    assertSameDoublesAsOpenNlp(model, randomTexts(
        List.of("you a", "b c", "idiot", "x y", "thanks", "a b", "c", "a", "you", "b", "x", "y", "looks", "good"), 5));
  }

  @Test
  void leavesModelsOfTheOtherTrainersToOpenNlp() throws IOException {
    List<DocumentSample> samples = List.of(
        new DocumentSample("rude", new String[] {"idiot"}), new DocumentSample("none", new String[] {"thanks"}));

    assertThat(QnEvaluator.of(train("MAXENT", samples))).isEmpty();
    assertThat(QnEvaluator.of(train("PERCEPTRON", samples))).isEmpty();
    assertThat(QnEvaluator.of(train("MAXENT_QN", samples))).isPresent();
  }
}
