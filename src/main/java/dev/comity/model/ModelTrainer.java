package dev.comity.model;

import dev.comity.api.Moderator;
import dev.comity.bench.Example;
import dev.comity.bench.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cross-domain suite's {@link Trainer}: trains the message model (and the span tagger, when examples carry gold
 * spans) on exactly the given examples, through {@link ModelTraining#train} with the parameters of {@code comity train}
 * ({@link MessageTrainingParams#defaults()}), and returns the default build with those models in place of the shipped
 * ones. Comity's own examples are not added: the row must be "trained on X" alone. Registered in {@code
 * META-INF/services}; public because {@link java.util.ServiceLoader} instantiates class-path providers reflectively.
 */
public final class ModelTrainer implements Trainer {
  /** For {@link java.util.ServiceLoader}. */
  public ModelTrainer() {}

  @Override
  public String name() {
    return "maxent";
  }

  @Override
  public Moderator train(List<Example> examples) throws IOException {
    List<String> sources = examples.stream().map(Example::dataset).distinct().toList();
    // The bundle is written to disk because that is the one form a Moderator loads models from; it is read into
    // memory when the moderator is built, so the directory can go at once.
    Path dir = Files.createTempDirectory("comity-trainer");
    try {
      ModelTraining.train(examples, sources, MessageTrainingParams.defaults(), dir, line -> {});
      return Moderator.builder().models(dir).build();
    } finally {
      // A bundle is flat: files only.
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
