package dev.comity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowedTest {
  @Test
  void joinsSoftBrokenLinesIntoOneParagraph() {
    assertThat(Flowed.unwrap("Only an idiot would \r\nmerge this.\r\nNext line.\r\n", false))
        .isEqualTo("Only an idiot would merge this.\nNext line.\n");
  }

  @Test
  void deletesTheSoftBreakSpaceWithDelSp() {
    assertThat(Flowed.unwrap("a long wo \nrd and a space  \nhere\n", true)).isEqualTo("a long word and a space here\n");
  }

  @Test
  void keepsQuoteDepthAndEndsAParagraphWhereTheDepthChanges() {
    assertThat(Flowed.unwrap(">> deep \n>> line\n> shallow \n>> back deep\nown text\n", false))
        .isEqualTo(">> deep line\n> shallow \n>> back deep\nown text\n");
  }

  @Test
  void removesSpaceStuffingAndNeverFlowsTheSignatureSeparator() {
    assertThat(Flowed.unwrap(" From the start\n>  indented quote\n-- \nSam\n", false))
        .isEqualTo("From the start\n>  indented quote\n-- \nSam\n");
  }

  @Test
  void keepsATextWithoutFinalLineBreakAsItEnds() {
    assertThat(Flowed.unwrap("soft at the end ", false)).isEqualTo("soft at the end ");
    assertThat(Flowed.unwrap("", false)).isEmpty();
  }
}
