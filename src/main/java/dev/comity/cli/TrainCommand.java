package dev.comity.cli;

import dev.comity.bench.DatasetSpec;
import dev.comity.bench.Datasets;
import dev.comity.bench.Example;
import dev.comity.model.MessageTrainingParams;
import dev.comity.model.ModelTraining;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code comity train}: trains the models on labeled datasets and writes a model directory for {@code --models}. */
@Command(
    name = "train",
    description = {
      "Trains the message model on labeled data and writes a model directory (use it with --models).",
      "Reads the upstream dataset formats and your own JSONL (benchmarks/DATASETS.md). By default: every dataset"
          + " whose license allows shipping a model trained on it, plus Comity's own examples. The same command on"
          + " the same data writes the same bytes."
    })
final class TrainCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private DataSelection selection;

  @Option(names = "--out", required = true, paramLabel = "MODELDIR", description = "Directory to write the models to.")
  private Path out;

  @Option(names = "--no-own-examples", description = "Leave out the examples written for Comity (shipped in the jar).")
  private boolean noOwnExamples;

  @Option(
      names = "--algorithm",
      paramLabel = "NAME",
      description = "OpenNLP trainer: MAXENT_QN (default), MAXENT or PERCEPTRON.")
  private String algorithm = MessageTrainingParams.defaults().algorithm();

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: 100).")
  private int iterations = MessageTrainingParams.defaults().iterations();

  @Option(names = "--cutoff", paramLabel = "N", description = "Drop features seen fewer times (default: 2).")
  private int cutoff = MessageTrainingParams.defaults().cutoff();

  TrainCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = context.stderr();
    List<String> sources = selection.sources(
        Datasets.all().stream().filter(DatasetSpec::mayShip).map(DatasetSpec::name).toList(), err);
    List<Example> examples = new ArrayList<>();
    for (Map.Entry<String, List<Example>> e : selection.read(sources, false).entrySet()) {
      DatasetSpec d = Datasets.named(e.getKey().substring(0, e.getKey().indexOf(':')));
      err.printf("%-28s %6d examples  %s%s%n", e.getKey(), e.getValue().size(), d.license(),
          d.mayShip() ? "" : "  (do not redistribute a model trained on it)");
      examples.addAll(e.getValue());
    }
    List<String> names = new ArrayList<>(sources);
    if (!noOwnExamples) {
      List<Example> own = ModelTraining.ownExamples();
      err.printf("%-28s %6d examples  Apache-2.0 (written for Comity)%n", ModelTraining.OWN_DATASET, own.size());
      examples.addAll(own);
      names.add(ModelTraining.OWN_DATASET);
    }
    if (selection.holdout > 0) {
      names.add("holdout=" + selection.holdout + "/seed=" + selection.holdoutSeed);
    }
    MessageTrainingParams defaults = MessageTrainingParams.defaults();
    MessageTrainingParams params = new MessageTrainingParams(algorithm, iterations, cutoff, defaults.seed(),
        defaults.calibrationFraction(), defaults.outOfDomain());
    ModelTraining.train(examples, names, params, out, line -> err.println(line));
    err.flush();
    return 0;
  }
}
