package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTest {

  @Test
  void stripsRepeatedReplyMarkersAndListTags() {
    assertThat(Subjects.normalize("Re: Re: [R] Bug in lm() with weights")).isEqualTo("bug in lm() with weights");
    assertThat(Subjects.normalize("[Rd] Re: [Rd] RE: AW: Fwd: R CMD check  NOTE")).isEqualTo("r cmd check note");
    assertThat(Subjects.normalize("Re[2]: Fw: [PATCH v3 2/7] mm: folio")).isEqualTo("mm: folio");
  }

  @Test
  void collapsesWhitespaceAndCase() {
    assertThat(Subjects.normalize("  Writing\tA  DATA.FRAME\n to xlsx ")).isEqualTo("writing a data.frame to xlsx");
  }

  @Test
  void keepsWordsThatOnlyStartLikeAMarker() {
    assertThat(Subjects.normalize("Regression in 4.4.0")).isEqualTo("regression in 4.4.0");
    assertThat(Subjects.normalize("Awk one-liner")).isEqualTo("awk one-liner");
    assertThat(Subjects.normalize("mm: fix [bracket] handling")).isEqualTo("mm: fix [bracket] handling");
  }

  @Test
  void tellsRepliesFromOriginals() {
    assertThat(Subjects.isReply("[R] Re: plotting")).isTrue();
    assertThat(Subjects.isReply("Fwd: plotting")).isTrue();
    assertThat(Subjects.isReply("[R] plotting")).isFalse();
    assertThat(Subjects.isReply("Reply to all considered harmful")).isFalse();
  }
}
