package dev.comity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random texts over awkward Unicode through the default pipeline: no exception, no scorer failure, every span
 * in bounds, whole code points, and exactly covering the finding's text.
 */
class PipelineInvariantTest {
  /** Pieces mixed into random messages: insults so that findings occur, and everything that breaks offset maps. */
  private static final List<String> PIECES = List.of(
      "idiot", "id1ot", "i.d.i.o.t", "f u c k", "stuuupid", "\u0456d\u0456\u043Et", "id\u200Diot", "moron!",
      "you", "are", "an", "the patch", "maybe the problem is you", "kill -9", "dump the stack", "\"idiot\"",
      " ", "  ", "\t", "\n", "\r\n", "\n\n", "> ", ">> ", "-- \n", "diff --git a/x b/x\n", "@@ -1,2 +1,2 @@\n",
      "```\n", "    indented\n", "https://example.org/a_(b).", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB",
      "\uD800", "\uDFFF", "\u0000", "\u202E", "\u202C", "\u200F", "\u2066", "e\u0301", "\u0301\u0301\u0301",
      "\uFB01", "\u00DF", "\uFF49\uFF44\uFF49\uFF4F\uFF54", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u4E2D\u6587",
      "\u00A0", "\u2028", "*", "***", "!", "$", "1", ".", "-", "'", "\u201Cidiot\u201D", "\uFFFD", "\uFEFF");

  private static Moderator moderator;

  @BeforeAll
  static void build() {
    moderator = Moderator.builder().build();
    assertThat(moderator.scorers()).extracting(s -> s.id()).contains("lexicon");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026, 31337})
  void randomAwkwardTextsGiveValidReports(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(1, 60);
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(8) == 0) {
          sb.append((char) random.nextInt(0, 0x10000));
        } else {
          sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
      }
      assertValid(sb.toString());
    }
  }

  @Test
  void megabyteMessagesGiveValidReports() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder(1 << 20);
    while (sb.length() < (1 << 20)) {
      sb.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    assertValid(sb.toString());
    assertValid("a".repeat(1 << 20));
    assertValid("e" + "\u0301".repeat(100_000));
    assertValid("*".repeat(1 << 20));
    assertValid("i.".repeat(1 << 19));
  }

  private static void assertValid(String text) {
    Report report = moderator.check(text);
    assertThat(report.failures()).as("failures on %s", escape(text)).isEmpty();
    for (Finding f : report.findings()) {
      assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(f.span().coveredText(text)).isEqualTo(f.text());
      assertThat(splitsPair(text, f.span().start()) || splitsPair(text, f.span().end()))
          .as("span %s of %s splits a surrogate pair in %s", f.span(), f.rule(), escape(text))
          .isFalse();
    }
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
  }

  private static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().limit(300).forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7F) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(String.format("\\u%04X", cp));
      }
    });
    return sb.toString();
  }
}
