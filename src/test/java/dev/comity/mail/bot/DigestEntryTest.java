package dev.comity.mail.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestEntryTest {
  @Test
  void aSpanIsShownWithWholeWordsAroundIt() {
    String text =
        "Sorry to be blunt here, but I have explained this three times now. Maybe the problem is you, not the"
            + " patch. Anyway, v4 is out and the tests pass.";
    int start = text.indexOf("Maybe");

    assertThat(DigestEntry.inContext(text, start, start + "Maybe the problem is you".length()))
        .isEqualTo(
            "\u2026I have explained this three times now. [[Maybe the problem is you]], not the patch. Anyway, v4 is"
                + " out and\u2026");
  }

  @Test
  void lineBreaksBecomeSpacesAndHiddenCharactersBecomeReplacementCharacters() {
    String text = "Only an\nid\u200Biot\u202E would\r\nmerge this.";
    int start = text.indexOf("id");

    assertThat(DigestEntry.inContext(text, start, start + 6))
        .isEqualTo("Only an [[id\uFFFDiot]]\uFFFD would merge this.");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(30) + " idiot " + "\uD83D\uDE00".repeat(30);
    int start = text.indexOf("idiot");

    String shown = DigestEntry.inContext(text, start, start + 5);

    assertThat(shown).contains("[[idiot]]");
    assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    assertThat(shown.codePoints().noneMatch(c -> c == 0xFFFD)).isTrue();
  }

  @Test
  void spansAtTheEdgesOfTheTextNeedNoEllipsis() {
    assertThat(DigestEntry.inContext("idiot", 0, 5)).isEqualTo("[[idiot]]");
    assertThat(DigestEntry.inContext("", 0, 0)).isEqualTo("[[]]");
  }

  @Test
  void anEntryNamesTheMessageItsLinksAndEachFindingWithLineAndColumn() {
    Message message =
        Message.builder("Thanks for v2.\n\nOnly an idiot would break userspace over this.")
            .id("<20261117.1544.dev2@lists.example.org>")
            .author("Dev Two <dev2@example.org>")
            .header("Subject", "Re: [RFC] drop the legacy ioctl")
            .build();
    Report report = Moderator.builder().disableScorer("model").build().check(message);

    String entry =
        DigestEntry.scored(message, report, "tagged $ComityFlagged", Optional.of("https://lore.example.org/r/{message-id}"));

    assertThat(entry)
        .isEqualTo(
            "* Re: [RFC] drop the legacy ioctl\n"
                + "  From:       Dev Two <dev2@example.org>\n"
                + "  Message-ID: <20261117.1544.dev2@lists.example.org>\n"
                + "  Link:       mid:20261117.1544.dev2%40lists.example.org\n"
                + "  Archive:    https://lore.example.org/r/20261117.1544.dev2%40lists.example.org\n"
                + "  Verdict:    review (score 0.765); tagged $ComityFlagged\n"
                + "  - 3:9  high  insult/person  en/insult/idiot: Name-calling: calls someone an idiot or their work"
                + " idiotic.\n"
                + "      Thanks for v2. Only an [[idiot]] would break userspace over this.\n");
  }
}
