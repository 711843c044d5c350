package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedSuiteTest {
  @Test
  void peakHeapIsTheLargestHeapInUseWhenACollectionStarted() {
    List<String> log =
        List.of(
            "[0.004s][info][gc] Using G1",
            "[0.412s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.118ms",
            "[1.930s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 301M->52M(512M) 4.100ms",
            "[2.511s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 148M->60M(512M) 3.9ms",
            "[2.530s][info][gc] GC(3) Concurrent Mark Cycle 18.2ms");

    assertThat(SpeedSuite.peakHeapMb(log)).isEqualTo(301);
  }

  @Test
  void aRunWithoutCollectionsHasNoPeakHeapFigure() {
    assertThat(SpeedSuite.peakHeapMb(List.of("[0.004s][info][gc] Using G1"))).isEqualTo(-1);
  }
}
