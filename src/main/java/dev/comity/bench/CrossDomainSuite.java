package dev.comity.bench;

import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Trained on X, tested on Y": message F1 of each registered {@link Trainer} trained on each training set and tested on
 * each test set, next to the untrained default build. Where X and Y are the same split, the test side is a held-out
 * 20% of X's groups ({@link Splits#byGroup}, seed 42) and training uses the rest, so no thread is on both sides.
 */
final class CrossDomainSuite {
  private static final long SEED = 42;
  private static final double HELD_OUT = 0.2;

  private CrossDomainSuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException {
    Map<String, List<Example>> tests = new LinkedHashMap<>();
    for (String spec : suite.datasets()) {
      ctx.read(suite, spec, result).ifPresent(e -> tests.put(spec, e));
    }
    if (tests.isEmpty()) {
      return;
    }
    List<String> header = new ArrayList<>(List.of("model", "trained on"));
    tests.keySet().forEach(header::add);
    Table table = result.table("Message F1, trained on the row's set, tested on the column's", header.toArray(String[]::new));
    List<Object> row = new ArrayList<>(List.of("default build", "(untrained)"));
    for (Map.Entry<String, List<Example>> t : tests.entrySet()) {
      double f1 = f1(ctx, ctx.moderator(), t.getValue());
      row.add(f1);
      result.metrics.add(Metric.higher("untrained->" + t.getKey() + "/f1", f1));
    }
    table.row(row.toArray());
    if (ctx.trainers().isEmpty()) {
      String line = "no Trainer registered (META-INF/services/dev.comity.bench.Trainer): only the untrained build is"
          + " measured; the models package provides the trainers";
      ctx.log().println("  " + line);
      result.notes.add(line);
      return;
    }
    for (Trainer trainer : ctx.trainers()) {
      for (String trainSpec : suite.train()) {
        Optional<List<Example>> train = ctx.read(suite, trainSpec, result);
        if (train.isEmpty()) {
          continue;
        }
        List<Object> cells = new ArrayList<>(List.of(trainer.name(), trainSpec));
        Split own = Splits.byGroup(train.get(), SEED, HELD_OUT);
        ctx.log().println("  " + trainer.name() + ": training on " + trainSpec);
        Moderator onAll = trainer.train(train.get());
        Moderator onTrainSide = tests.containsKey(trainSpec) ? trainer.train(own.train()) : null;
        for (Map.Entry<String, List<Example>> t : tests.entrySet()) {
          boolean same = t.getKey().equals(trainSpec);
          double f1 = same ? f1(ctx, onTrainSide, own.heldOut()) : f1(ctx, onAll, t.getValue());
          cells.add(same ? Table.format(f1) + " (held out)" : Table.format(f1));
          result.metrics.add(Metric.higher(trainer.name() + ":" + trainSpec + "->" + t.getKey() + "/f1", f1));
        }
        table.row(cells.toArray());
      }
    }
  }

  private static double f1(SuiteContext ctx, Moderator m, List<Example> examples) {
    List<Report> reports = ctx.scoring().check(m, examples.stream().map(Example::text).toList());
    return Evaluation.of(examples, reports, m.policy()).toxic().f1();
  }
}
