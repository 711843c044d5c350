package dev.comity.model.span;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
  /** The multiplier LongHashSet spreads values with. */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  @Test
  void findsEveryMemberAndNoOtherValue() {
    Random random = new Random(7);
    long[] values = random.longs(5_000).toArray();
    Set<Long> members = new HashSet<>();
    for (long v : values) {
      members.add(v);
    }
    LongHashSet set = new LongHashSet(values);

    for (long v : values) {
      assertThat(set.contains(v)).isTrue();
    }
    for (int i = 0; i < 20_000; i++) {
      long probe = random.nextLong();
      assertThat(set.contains(probe)).isEqualTo(members.contains(probe));
    }
  }

  @Test
  void valuesThatStartTheirProbeInTheSameSlotAreAllFound() {
    // j times the inverse of the set's multiplier: the products are 1, 2, 3, ..., so every value starts in slot 0.
    long inverse = MULTIPLIER;
    for (int i = 0; i < 5; i++) {
      inverse *= 2 - MULTIPLIER * inverse;
    }
    long[] colliding = new long[16];
    for (int j = 0; j < colliding.length; j++) {
      colliding[j] = (j + 1) * inverse;
    }
    LongHashSet set = new LongHashSet(colliding);

    for (long v : colliding) {
      assertThat(set.contains(v)).isTrue();
    }
    assertThat(set.contains(17 * inverse)).isFalse();
    assertThat(set.contains(40 * inverse)).isFalse();
  }

  @Test
  void anEmptySetContainsNothingNotEvenZero() {
    LongHashSet set = new LongHashSet(new long[0]);

    assertThat(set.contains(0)).isFalse();
    assertThat(set.contains(1)).isFalse();
    assertThat(set.contains(-1)).isFalse();
  }

  @Test
  void zeroIsAMemberOnlyWhenGiven() {
    assertThat(new LongHashSet(new long[] {0, 5}).contains(0)).isTrue();
    assertThat(new LongHashSet(new long[] {4, 5}).contains(0)).isFalse();
    assertThat(new LongHashSet(new long[] {0}).contains(5)).isFalse();
  }

  @Test
  void aKeyGivenManyTimesIsKeptOnce() {
    LongHashSet set = new LongHashSet(new long[] {9, 9, 9, 9, 9, 9, 9, 9});

    assertThat(set.contains(9)).isTrue();
    assertThat(set.contains(10)).isFalse();
  }
}
