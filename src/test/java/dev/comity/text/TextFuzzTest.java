package dev.comity.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.comity.FuzzText;
import dev.comity.api.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzz targets for segmentation and normalization. Under surefire they replay the committed corpus in
 * {@code TextFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} they fuzz (README "Fuzzing").
 */
class TextFuzzTest {
  /** Regions are sorted, contiguous, non-empty, cover the text, and split neither a CRLF nor a surrogate pair. */
  @FuzzTest
  void segmenter(byte[] data) {
    String text = FuzzText.decode(data);
    List<Region> regions = Segmenter.segment(text);
    int at = 0;
    Region previous = null;
    for (Region r : regions) {
      assertThat(r.span().start()).as("regions are contiguous: %s", regions).isEqualTo(at);
      assertThat(r.span().length()).as("regions are not empty: %s", regions).isPositive();
      assertThat(r.quoteDepth() > 0).as("only quotes have a depth: %s", r).isEqualTo(r.kind() == RegionKind.QUOTED);
      if (previous != null) {
        assertThat(r.kind() != previous.kind() || r.quoteDepth() != previous.quoteDepth())
            .as("adjacent regions of one kind and depth are merged: %s %s", previous, r)
            .isTrue();
      }
      int start = r.span().start();
      if (start > 0) {
        assertThat(text.charAt(start - 1) == '\r' && text.charAt(start) == '\n').as("CRLF split at %s", start).isFalse();
        assertThat(Character.isHighSurrogate(text.charAt(start - 1)) && Character.isLowSurrogate(text.charAt(start)))
            .as("surrogate pair split at %s", start)
            .isFalse();
      }
      at = r.span().end();
      previous = r;
    }
    assertThat(at).isEqualTo(text.length());
  }

  /**
   * The normalized view over any text and any sorted included spans keeps every offset invariant of
   * {@link NormalizerInvariantTest}: monotone, in bounds, whole code points, inside the included text.
   */
  @FuzzTest
  void normalizer(byte[] data) {
    // The first bytes choose the included spans, the rest is the text: both under the fuzzer's control.
    int spanBytes = data.length == 0 ? 0 : Math.min(data.length - 1, (data[0] & 0x0F) * 2);
    String text = FuzzText.decode(Arrays.copyOfRange(data, Math.min(data.length, 1 + spanBytes), data.length));
    List<Span> include = new ArrayList<>();
    if (spanBytes == 0) {
      include.add(new Span(0, text.length()));
    } else {
      int at = 0;
      for (int i = 1; i + 1 <= spanBytes && at <= text.length(); i += 2) {
        int start = Math.min(text.length(), at + (data[i] & 0xFF) % 8);
        int end = Math.min(text.length(), start + (data[i + 1] & 0xFF));
        include.add(new Span(start, end));
        at = end;
      }
    }
    NormalizerInvariantTest.checkInvariants(text, Normalizer.normalize(text, include), include);
  }
}
