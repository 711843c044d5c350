package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {
  private static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      out.add(new Example("t", "m" + i, "text " + i, i % 3 == 0, Set.of(), Optional.empty(), "thread-" + i / 4));
    }
    return out;
  }

  @Test
  void noGroupOnBothSidesAndRoughlyTheAskedFraction() {
    Split split = Splits.byGroup(examples(), 42, 0.25);
    Set<String> train = new HashSet<>();
    split.train().forEach(e -> train.add(e.group()));
    assertThat(split.heldOut()).noneMatch(e -> train.contains(e.group()));
    assertThat(split.train().size() + split.heldOut().size()).isEqualTo(200);
    // groups of 4, target 0.25 * 200 = 50: 12 groups hold 48 < 50, the 13th makes 52
    assertThat(split.heldOut()).hasSize(52);
  }

  @Test
  void sameSeedSameSplitWhateverTheInputOrder() {
    List<Example> shuffled = new ArrayList<>(examples());
    Collections.shuffle(shuffled, new java.util.Random(7));
    Set<String> a = new HashSet<>(Splits.byGroup(examples(), 42, 0.3).heldOut().stream().map(Example::id).toList());
    Set<String> b = new HashSet<>(Splits.byGroup(shuffled, 42, 0.3).heldOut().stream().map(Example::id).toList());
    Set<String> c = new HashSet<>(Splits.byGroup(examples(), 43, 0.3).heldOut().stream().map(Example::id).toList());
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void fractionZeroAndOne() {
    assertThat(Splits.byGroup(examples(), 1, 0).heldOut()).isEmpty();
    assertThat(Splits.byGroup(examples(), 1, 1).train()).isEmpty();
  }
}
