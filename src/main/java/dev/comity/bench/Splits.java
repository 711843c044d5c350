package dev.comity.bench;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Deterministic splits that keep every group on one side, so a thread never leaks from training into evaluation. */
public final class Splits {
  private Splits() {}

  /**
   * Splits by {@link Example#group()}: the distinct groups, sorted, are shuffled with {@code seed}, and whole groups go
   * to the held-out side until it holds at least {@code fraction} of the examples. Same input and seed give the same
   * split on every JVM ({@link Random} is specified), whatever the input order of groups.
   *
   * @param fraction share of examples to hold out, in [0, 1]
   */
  public static Split byGroup(List<Example> examples, long seed, double fraction) {
    Preconditions.checkArgument(fraction >= 0 && fraction <= 1, "fraction %s not in [0, 1]", fraction);
    TreeMap<String, Integer> sizes = new TreeMap<>();
    for (Example e : examples) {
      sizes.merge(e.group(), 1, Integer::sum);
    }
    List<String> groups = new ArrayList<>(sizes.keySet());
    Collections.shuffle(groups, new Random(seed));
    double target = fraction * examples.size();
    Set<String> heldOutGroups = new HashSet<>();
    int heldOutSize = 0;
    for (String g : groups) {
      if (heldOutSize >= target) {
        break;
      }
      heldOutGroups.add(g);
      heldOutSize += sizes.get(g);
    }
    List<Example> train = new ArrayList<>();
    List<Example> heldOut = new ArrayList<>();
    for (Example e : examples) {
      (heldOutGroups.contains(e.group()) ? heldOut : train).add(e);
    }
    return new Split(train, heldOut);
  }
}
