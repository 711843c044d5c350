package dev.comity.cli;

import dev.comity.bench.DataDirectory;
import dev.comity.bench.DatasetSpec;
import dev.comity.bench.Datasets;
import dev.comity.bench.Example;
import dev.comity.bench.Split;
import dev.comity.bench.Splits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which labeled examples {@code train} and {@code evaluate} read: {@code NAME[:SPLIT]} sources under a data directory,
 * minus excluded ones, with an optional hold-out by group that {@code train} leaves out and {@code evaluate} reads,
 * so the two commands agree on it given the same fraction and seed.
 */
final class DataSelection {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Directory of datasets in their upstream layout (default: ../shared/datasets when it exists).")
  Path data;

  @Option(
      names = "--include",
      paramLabel = "NAME[:SPLIT]",
      description = "A dataset, or one split of it, to read (repeatable; 'jsonl' is your own data in DIR/jsonl/).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "NAME[:SPLIT]", description = "Leave out a dataset or split (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--holdout",
      paramLabel = "FRACTION",
      description = "Hold out this share of each source, split by thread/group: train leaves it out, evaluate reads"
          + " only it (default: 0, nothing held out).")
  double holdout;

  @Option(names = "--holdout-seed", paramLabel = "N", description = "Seed of the hold-out split (default: 1).")
  long holdoutSeed = 1;

  /** The data directory, resolved. */
  Path root() {
    try {
      return DataDirectory.resolve(data);
    } catch (NoSuchFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * The selected sources, {@code name:split} in order: {@code --include} (all splits of a bare name), else {@code
   * defaults} (all splits of each dataset present, each absent one named on {@code err}), minus {@code --exclude}.
   *
   * @throws InputException when none of the defaults is in the data directory: a wrong {@code --data}, most likely
   */
  List<String> sources(List<String> defaults, PrintWriter err) {
    Path root = root();
    List<String> out = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String spec : include.isEmpty() ? defaults : include) {
      int colon = spec.indexOf(':');
      DatasetSpec d;
      try {
        d = Datasets.named(colon < 0 ? spec : spec.substring(0, colon));
      } catch (IllegalArgumentException e) {
        throw new InputException(List.of(e.getMessage()));
      }
      if (include.isEmpty() && !d.presentIn(root)) {
        absent.add(d.folder());
        continue;
      }
      for (String split : colon < 0 ? d.splits() : List.of(spec.substring(colon + 1))) {
        String source = d.name() + ":" + split;
        if (!exclude.contains(d.name()) && !exclude.contains(source)) {
          out.add(source);
        }
      }
    }
    if (!absent.isEmpty()) {
      if (absent.size() == defaults.size()) {
        throw new InputException(List.of(root + " holds none of the datasets read by default (folders "
            + String.join(", ", absent) + "); see benchmarks/DATASETS.md, or choose sources with --include"));
      }
      err.println("not in " + root + ", skipped: " + String.join(", ", absent));
    }
    return out;
  }

  /** The examples of every source, with the hold-out part ({@code heldOut = true}) or the rest. */
  Map<String, List<Example>> read(List<String> sources, boolean heldOut) {
    if (!(holdout >= 0 && holdout < 1)) {
      throw new InputException(List.of("--holdout must be in [0, 1), got " + holdout));
    }
    Path root = root();
    Map<String, List<Example>> out = new LinkedHashMap<>();
    for (String source : sources) {
      int colon = source.indexOf(':');
      List<Example> all;
      try {
        all = Datasets.named(source.substring(0, colon)).read(root, source.substring(colon + 1));
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(e.getMessage(), e);
      }
      if (holdout == 0) {
        out.put(source, all);
      } else {
        Split split = Splits.byGroup(all, holdoutSeed, holdout);
        out.put(source, heldOut ? split.heldOut() : split.train());
      }
    }
    return out;
  }
}
