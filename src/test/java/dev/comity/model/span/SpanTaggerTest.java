package dev.comity.model.span;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.bench.Example;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {
  private static SpanTaggerModel model;

  @BeforeAll
  static void train() throws IOException {
    model = SpanTaggerTrainer.train(TinyCorpus.examples(), TinyCorpus.params());
  }

  private static List<String> covered(String text, List<TaggedSpan> spans) {
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void marksAnInsultWithItsExactOffsets() {
    String text = "Honestly, only an idiot would ship this.";
    List<TaggedSpan> spans = model.newTagger().tag(text, 0, text.length());
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).start()).isEqualTo(text.indexOf("idiot"));
    assertThat(spans.get(0).end()).isEqualTo(text.indexOf("idiot") + 5);
    assertThat(spans.get(0).probability()).isBetween(0.5, 1.0);
  }

  @Test
  void theGateOpensOnWordsTheTrainingSpansMarkOftenWhateverTheirSpellingOrPunctuation() {
    Gate gate = new Gate(model.weights().keysAtLeast(0.4, 2, 3));

    assertThat(gate.opens("honestly, only an idiot would ship this.")).isTrue();
    assertThat(gate.opens("what a m0r0n!")).isTrue();
    assertThat(gate.opens("(garbage)")).isTrue();
    assertThat(gate.opens("thanks, the parser change looks good to me.")).isFalse();
    assertThat(gate.opens("idiotic")).isFalse();
    assertThat(gate.opens("")).isFalse();
  }

  @Test
  void theGateKeepsOnlyWordsSeenOftenEnoughAndLongEnough() {
    assertThat(model.weights().keysAtLeast(0.4, 2, 3)).contains("idiot");
    assertThat(model.weights().keysAtLeast(0.4, 4, 3)).doesNotContain("idiot");
    assertThat(model.weights().keysAtLeast(0.4, 2, 6)).doesNotContain("idiot");
    assertThat(model.weights().keysAtLeast(0.99, 2, 3)).doesNotContain("idiot");
    // The shipped thresholds need more training occurrences than this corpus has.
    assertThat(model.mayMark("only an idiot would ship this")).isFalse();
  }

  @Test
  void theShippedGateTrustsAWordMarkedInAThirdOfManyUsesButNotARareOneMarkedEveryTime() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      // "hack" is marked in 4 of its 10 uses; "clown" in all of its 7.
      examples.add(TinyCorpus.example("g" + i, i < 4
          ? "Whoever wrote this {hack} of patch " + i + " should not touch the build again."
          : "The hack in patch " + i + " keeps the old loader working until the release."));
      if (i < 7) {
        examples.add(TinyCorpus.example("c" + i, "Only a {clown} would merge patch " + i + " on a Friday night."));
      }
    }
    SpanTaggerModel gated = SpanTaggerTrainer.train(examples, TinyCorpus.params());

    assertThat(gated.mayMark("what a hack")).isTrue();
    assertThat(gated.mayMark("what a clown")).isFalse();
    assertThat(gated.mayMark("what a release")).isFalse();
  }

  @Test
  void offsetsCountAnEmojiBeforeAndAZeroWidthSpaceInsideTheWord() {
    String text = "\uD83D\uDE44 only an id\u200Biot would ship this.";
    List<TaggedSpan> spans = model.newTagger().tag(text, 0, text.length());
    int start = text.indexOf("id\u200Biot");
    assertThat(spans).extracting(TaggedSpan::start, TaggedSpan::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(start, start + 6));
  }

  @Test
  void leaveCivilReviewCommentsUnmarked() {
    String text = "Thanks, the parser change looks good. Please add a test before the release.";
    assertThat(model.newTagger().tag(text, 0, text.length())).isEmpty();
  }

  @Test
  void adjacentMarkedWordsSeparatedBySpacesFormOneSpan() {
    String text = "What a moron idiot you are.";
    List<TaggedSpan> spans = model.newTagger(0.5, false).tag(text, 0, text.length());
    assertThat(covered(text, spans)).containsExactly("moron idiot");
  }

  @Test
  void readsOnlyTheGivenRange() {
    String text = "You are an idiot. Thanks for the review. This is garbage.";
    int from = text.indexOf("Thanks");
    int to = text.indexOf("This");
    assertThat(model.newTagger().tag(text, from, to)).isEmpty();
    List<TaggedSpan> tail = model.newTagger().tag(text, to, text.length());
    assertThat(covered(text, tail)).containsExactly("garbage");
  }

  @Test
  void atLeastOneMarksTheMostProbableWordWhenNoneReachesTheThreshold() {
    String text = "Only a fool would merge that.";
    assertThat(model.newTagger(0.99, false).tag(text, 0, text.length())).isEmpty();
    List<TaggedSpan> floor = model.newTagger(0.99, true).tag(text, 0, text.length());
    assertThat(floor).hasSize(1);
    assertThat(floor.get(0).probability()).isLessThan(0.99);
  }

  @Test
  void aRelativeThresholdMarksOnlyWordsNearTheTextsMostProbableWord() {
    String text = "Idiot, garbage, thanks, review, m0r0n, the, build. Tests; merge";
    List<TaggedSpan> every = model.newTagger(1e-9, 0, false).tag(text, 0, text.length());
    double top = every.stream().mapToDouble(TaggedSpan::probability).max().orElseThrow();
    List<TaggedSpan> near = every.stream().filter(s -> s.probability() >= 0.6 * top).toList();
    assertThat(near).hasSizeBetween(1, every.size() - 1);
    assertThat(model.newTagger(1e-9, 0.6, false).tag(text, 0, text.length())).isEqualTo(near);
  }

  @Test
  void theAbsoluteThresholdStillAppliesUnderARelativeOne() {
    String text = "Only a fool would merge that.";
    assertThat(model.newTagger(0.99, 0.5, false).tag(text, 0, text.length())).isEmpty();
  }

  @Test
  void cachedWordScoresGiveTheProbabilitiesOpenNlpComputesFromTheFullFeatureList() {
    String text = "Idiot, garbage, thanks, review, m0r0n, the, build. Tests; merge";
    List<TaggedSpan> spans = model.newTagger(1e-9, false).tag(text, 0, text.length());
    Tokens tokens = new Tokens();
    tokens.read(text, 0, text.length());
    int n = tokens.size();
    assertThat(spans).hasSize(n);
    String[] keys = new String[n];
    float[] weights = new float[n];
    String[] buckets = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = SpanFeatures.key(tokens.word(i));
      weights[i] = model.weights().weight(keys[i]);
      buckets[i] = SpanFeatures.bucket(weights[i]);
    }
    for (int i = 0; i < n; i++) {
      List<String> context = new java.util.ArrayList<>();
      model.features().all(tokens, text, keys, buckets, SpanFeatures.strongest(weights, n), i, model.weights(),
          context::add);
      assertThat(spans.get(i).probability())
          .isCloseTo(model.probability(context.toArray(new String[0])), org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void aWrittenModelReadsBackToIdenticalBytesAndTags() throws IOException {
    byte[] bytes = SpanTaggerTrainerTest.bytes(model);
    SpanTaggerModel read = SpanTaggerModel.read(new ByteArrayInputStream(bytes));
    assertThat(SpanTaggerTrainerTest.bytes(read)).isEqualTo(bytes);
    String text = "Stop being a moron and read the thread, this is garbage.";
    assertThat(read.newTagger().tag(text, 0, text.length())).isEqualTo(model.newTagger().tag(text, 0, text.length()));
  }

  @Test
  void readingBytesThatAreNotASpanModelFails() {
    assertThatThrownBy(() -> SpanTaggerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Comity span model");
  }

  @Test
  void aRangeOutsideTheTextIsAProgrammerError() {
    assertThatThrownBy(() -> model.newTagger().tag("short", 2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void awkwardTextNeverThrowsAndSpansStayInRange() {
    String alphabet = "ab idot*!@$1\u200B\u200D\u202E\uD83D\uDE00\uD800\uDC00\u0301\u00E9\u0438\n\r\t .,'";
    Random random = new Random(42);
    SpanTagger tagger = model.newTagger(0.1, true);
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(8) == 0 ? "idiot" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      int previousEnd = from;
      for (TaggedSpan s : tagger.tag(text, from, to)) {
        assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(s.end()).isLessThanOrEqualTo(to);
        previousEnd = s.end();
      }
    }
  }
}
