package dev.comity.model.span;

import dev.comity.api.Span;
import dev.comity.bench.Example;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link SpanTaggerModel} from examples with gold character spans. Deterministic: the same examples (in the
 * same order) and parameters give a model with identical bytes, because training is single-threaded, folds are
 * assigned by position and OpenNLP writes its features sorted.
 *
 * <p>A word is labeled inside when more than half of its characters lie in gold spans. Its features include the
 * toxicity weights of it and its neighbours, learned by {@link WordWeights} from the gold spans of the other folds
 * (cross-fitting): weights counted on the same text would teach the classifier to trust a word seen once far too much.
 * The model keeps weights learned from all examples.
 */
public final class SpanTaggerTrainer {
  private SpanTaggerTrainer() {}

  /**
   * Trains on every example that has gold spans (an empty list means "nothing inflammatory here"); examples without
   * span annotation are skipped.
   *
   * @throws IOException when OpenNLP fails to train or serialize the classifier
   * @throws IllegalArgumentException when no example has span annotation
   */
  public static SpanTaggerModel train(List<Example> examples, SpanTrainingParams params) throws IOException {
    List<Labeled> docs = new ArrayList<>();
    Tokens tokens = new Tokens();
    for (Example e : examples) {
      if (e.spans().isPresent()) {
        docs.add(Labeled.of(tokens, e.text(), e.spans().get()));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no example has gold spans to train on");
    }
    int folds = params.weightFolds();
    WordWeights.Counter all = new WordWeights.Counter();
    List<WordWeights.Counter> heldOut = new ArrayList<>(folds);
    for (int f = 0; f < folds; f++) {
      heldOut.add(new WordWeights.Counter());
    }
    for (int d = 0; d < docs.size(); d++) {
      Labeled doc = docs.get(d);
      for (int f = 0; f < folds; f++) {
        if (f != d % folds) {
          doc.countInto(heldOut.get(f));
        }
      }
      doc.countInto(all);
    }
    List<WordWeights> foldWeights = new ArrayList<>(folds);
    for (WordWeights.Counter c : heldOut) {
      foldWeights.add(c.build(params.weightSmoothing()));
    }

    SpanFeatures features = new SpanFeatures(params.charNgrams());
    List<Event> events = new ArrayList<>();
    List<String> context = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      Labeled doc = docs.get(d);
      tokens.read(doc.text, 0, doc.text.length());
      WordWeights weights = foldWeights.get(d % folds);
      int n = doc.keys.length;
      float[] values = new float[n];
      String[] buckets = new String[n];
      for (int i = 0; i < n; i++) {
        values[i] = weights.weight(doc.keys[i]);
        buckets[i] = SpanFeatures.bucket(values[i]);
      }
      int strongest = SpanFeatures.strongest(values, n);
      for (int i = 0; i < n; i++) {
        context.clear();
        features.all(tokens, doc.text, doc.keys, buckets, strongest, i, weights, context::add);
        events.add(new Event(doc.inside[i] ? SpanTaggerModel.INSIDE : "F", context.toArray(new String[0])));
      }
    }
    return new SpanTaggerModel(classify(events, params), all.build(params.weightSmoothing()), params.charNgrams(),
        params.threshold(), params.relative());
  }

  private static AbstractModel classify(List<Event> events, SpanTrainingParams params) throws IOException {
    TrainingParameters training = new TrainingParameters();
    training.put(TrainingParameters.ALGORITHM_PARAM, params.algorithm());
    training.put(TrainingParameters.ITERATIONS_PARAM, params.iterations());
    training.put(TrainingParameters.CUTOFF_PARAM, params.cutoff());
    training.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(training, null);
    return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** One training text: its word keys and which words lie inside gold spans. */
  private record Labeled(String text, String[] keys, boolean[] inside) {
    static Labeled of(Tokens tokens, String text, List<Span> gold) {
      boolean[] toxic = new boolean[text.length()];
      for (Span s : gold) {
        for (int k = s.start(); k < Math.min(s.end(), text.length()); k++) {
          toxic[k] = true;
        }
      }
      tokens.read(text, 0, text.length());
      String[] keys = new String[tokens.size()];
      boolean[] inside = new boolean[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = SpanFeatures.key(tokens.word(i));
        int in = 0;
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
          in += toxic[k] ? 1 : 0;
        }
        inside[i] = 2 * in > tokens.end(i) - tokens.start(i);
      }
      return new Labeled(text, keys, inside);
    }

    void countInto(WordWeights.Counter counter) {
      for (int i = 0; i < keys.length; i++) {
        counter.add(keys[i], inside[i]);
      }
    }
  }
}
