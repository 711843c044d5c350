package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  private static OrderedPipeline.Source<Integer> upTo(int n) {
    AtomicInteger next = new AtomicInteger();
    return () -> next.get() < n ? next.getAndIncrement() : null;
  }

  /** Work of very different lengths, so later items often finish before earlier ones. */
  private static int uneven(int i) {
    long x = i;
    for (int k = 0; k < (i * 7919) % 20_000; k++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x == 42 ? -1 : i;
  }

  @Test
  void deliversResultsInSourceOrder() throws IOException {
    List<Integer> seen = new ArrayList<>();

    OrderedPipeline.run(upTo(2_000), OrderedPipelineTest::uneven, seen::add, 4, 3);

    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 2_000).boxed().toList());
  }

  @Test
  void readsAtMostTheWindowPlusOneAheadOfTheSink() throws IOException {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    OrderedPipeline.Source<Integer> source = () -> {
      int i = read.getAndIncrement();
      maxAhead.accumulateAndGet(i - consumed.get(), Math::max);
      return i < 500 ? i : null;
    };

    OrderedPipeline.run(source, i -> i, i -> consumed.incrementAndGet(), 2, 4);

    // The reader holds one item while it waits for room in a queue of four, and the sink holds one.
    assertThat(maxAhead.get()).isLessThanOrEqualTo(4 + 2);
    assertThat(consumed.get()).isEqualTo(500);
  }

  @Test
  void rethrowsAFailureOfTheSource() {
    AtomicInteger next = new AtomicInteger();
    OrderedPipeline.Source<Integer> source = () -> {
      if (next.get() == 10) {
        throw new IOException("disk gone");
      }
      return next.getAndIncrement();
    };
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(() -> OrderedPipeline.run(source, i -> i, seen::add, 2, 4)).hasMessage("disk gone");
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
  }

  @Test
  void rethrowsAFailureOfTheWork() {
    assertThatThrownBy(() -> OrderedPipeline.run(upTo(100), i -> {
      if (i == 50) {
        throw new IllegalStateException("bad item");
      }
      return i;
    }, i -> { }, 2, 4)).isInstanceOf(IllegalStateException.class).hasMessage("bad item");
  }

  @Test
  void stopsAndRethrowsWhenTheSinkFails() {
    assertThatThrownBy(() -> OrderedPipeline.run(upTo(1_000_000), i -> i, i -> {
      if (i == 3) {
        throw new IOException("broken pipe");
      }
    }, 2, 4)).hasMessage("broken pipe");
  }
}
