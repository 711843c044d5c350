package dev.comity.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

  // ---- contract ------------------------------------------------------------------------------------------------

  @Test
  void emptyTextHasNoRegions() {
    assertThat(Segmenter.segment("")).isEmpty();
  }

  @Test
  void plainProseIsOneRegion() {
    assertThat(spans("Hi all,\nthe build is green again.\n")).isEqualTo("PROSE[0,34)");
  }

  @Test
  void lineTerminatorsBelongToTheLineTheyEnd() {
    assertThat(spans("ok\r\n> a\r\n> b\rno")).isEqualTo("PROSE[0,4) QUOTED1[4,13) PROSE[13,15)");
    assertThat(spans("ok\r> a\r\r")).isEqualTo("PROSE[0,3) QUOTED1[3,8)");
  }

  @Test
  void blankLinesJoinTheRegionAboveAndLeadingOnesAreProse() {
    assertThat(spans("\n\n> a\n\n> b\n \t\nreply\n")).isEqualTo("PROSE[0,2) QUOTED1[2,14) PROSE[14,20)");
  }

  @Test
  void blankOnlyTextIsProse() {
    assertThat(spans("\n \r\n\t")).isEqualTo("PROSE[0,5)");
  }

  @Test
  void nullTextIsAProgrammerError() {
    assertThatThrownBy(() -> Segmenter.segment(null)).isInstanceOf(NullPointerException.class);
  }

  // ---- quotes and attributions ---------------------------------------------------------------------------------

  @Test
  void quotedLinesCarryTheirDepth() {
    assertThat(outline("> one\n>> two\n> > > three\n   > one again\n>\n"))
        .containsExactly("QUOTED1: > one", "QUOTED2: >> two", "QUOTED3: > > > three", "QUOTED1:    > one again");
  }

  @Test
  void indentedMarksAreQuotesAsSupercitePutsThem() {
    String text = """
        >>>>> Gabriel Example
        >>>>>     on Thu, 2 Mar 2023 14:37:18 -0800 writes:

            > On Thu, Mar 2, 2023 at 2:02 PM Antoine Example wrote:
            >> the error message is confusing

        I agree it could say more.
        """;
    assertThat(outline(text))
        .containsExactly(
            "QUOTED5: >>>>> Gabriel Example",
            "QUOTED1:     > On Thu, Mar 2, 2023 at 2:02 PM Antoine Example wrote:",
            "QUOTED2:     >> the error message is confusing",
            "PROSE: I agree it could say more.");
  }

  @Test
  void replyWithAttributionNestedQuotesAndInlineAnswers() {
    String text = """
        On Tue, 4 Feb 2025 at 10:02, Jane Doe <jane@example.org> wrote:
        > On Mon, Feb 03, 2025 at 09:14:55PM +0100, Bob Smith wrote:
        > > The lock is dropped before the callback runs, so the refcount
        > > can hit zero underneath us.
        >
        > Only if the callback re-enters the driver, which it never does.

        It does when the device is unplugged mid-transfer.

        > Either way this needs a test before it goes in.

        Agreed, v2 will have one.

        Thanks,
        Bob
        --\s
        Bob Smith <bob@example.org>
        """;
    assertThat(outline(text))
        .containsExactly(
            "ATTRIBUTION: On Tue, 4 Feb 2025 at 10:02, Jane Doe <jane@example.org> wrote:",
            "QUOTED1: > On Mon, Feb 03, 2025 at 09:14:55PM +0100, Bob Smith wrote:",
            "QUOTED2: > > The lock is dropped before the callback runs, so the refcount",
            "QUOTED1: >",
            "PROSE: It does when the device is unplugged mid-transfer.",
            "QUOTED1: > Either way this needs a test before it goes in.",
            "PROSE: Agreed, v2 will have one.",
            "SIGNATURE: -- ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On Tue, 4 Feb 2025 at 10:02, Jane Doe <jane@x.org> wrote:",
        "On 2/4/25 10:02 AM, Jane wrote:",
        "Jane Doe <jane@x.org> writes:",
        "Le mar. 4 févr. 2025, Jane a écrit :",
        "Am Di., 4. Feb. 2025 um 10:02 Uhr schrieb Jane Doe <jane@x.org>:",
        "Quoting Jane Doe (2025-02-04 10:02:00):",
        "* Jane Doe <jane@x.org> [2025-02-04 10:02]:"
      })
  void attributionIntroducesAQuote(String attribution) {
    assertThat(outline("Hi,\n\n" + attribution + "\n\n> Please rebase.\n\nDone.\n"))
        .containsExactly("PROSE: Hi,", "ATTRIBUTION: " + attribution, "QUOTED1: > Please rebase.", "PROSE: Done.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Doe <jane@x.org> wrote:", "Jane a écrit :", "Jane Doe schrieb:"})
  void attributionEndingInAVerbNeedsNoQuoteAfterIt(String attribution) {
    assertThat(outline(attribution + "\nplain text pasted by a client that drops the marks\n"))
        .containsExactly("ATTRIBUTION: " + attribution, "PROSE: plain text pasted by a client that drops the marks");
  }

  @Test
  void attributionWrappedOverTwoLines() {
    String text = """
        On Fri, Mar 1, 2024 at 11:30 AM Duncan Example <duncan@example.org>
        wrote:

        > The parser doesn't record which arrow was used.
        """;
    assertThat(outline(text))
        .containsExactly(
            "ATTRIBUTION: On Fri, Mar 1, 2024 at 11:30 AM Duncan Example <duncan@example.org>",
            "QUOTED1: > The parser doesn't record which arrow was used.");
  }

  @Test
  void attributionLookalikesWithoutAQuoteStayProse() {
    assertThat(outline("Quoting Jane Doe (2025-02-04 10:02:00):\nthe release is late.\n"))
        .containsExactly("PROSE: Quoting Jane Doe (2025-02-04 10:02:00):");
    assertThat(outline("On 4 Feb the CI broke:\n\n\n\n> only after three blank lines\n"))
        .containsExactly("PROSE: On 4 Feb the CI broke:", "QUOTED1: > only after three blank lines");
  }

  @Test
  void colonBeforeAQuoteWithoutDateOrAddressIsProse() {
    assertThat(outline("On the other hand:\n> x <- 1\n"))
        .containsExactly("PROSE: On the other hand:", "QUOTED1: > x <- 1");
  }

  @Test
  void longSentenceEndingInWroteIsProse() {
    String sentence = "As ".repeat(90) + "the maintainer wrote:";
    assertThat(outline(sentence + "\n")).containsExactly("PROSE: " + sentence);
  }

  @Test
  void rConsolePromptReadsAsQuote() {
    // A known limit: R's "> " prompt cannot be told from a quote by shape alone.
    assertThat(outline("Something like:\n\n> foo <- function(x) substitute(x)\n"))
        .containsExactly("PROSE: Something like:", "QUOTED1: > foo <- function(x) substitute(x)");
  }

  @Test
  void pythonPromptReadsAsQuoteDepthThree() {
    assertThat(spans(">>> 1 + 1\n")).isEqualTo("QUOTED3[0,10)");
  }

  // ---- unprefixed quotes -------------------------------------------------------------------------------------------

  @Test
  void outlookTopPostQuotesEverythingBelowTheMarker() {
    String text = """
        Hi all,

        Fine with me to drop the old API in the next release.

        Regards,
        Priya

        -----Original Message-----
        From: R-devel <r-devel-bounces@r-project.org> On Behalf Of Tom Lee
        Sent: Tuesday, February 4, 2025 10:02 AM
        To: r-devel@r-project.org
        Subject: [Rd] Deprecating the old API

        Dear all,

        we plan to deprecate the old API, see https://example.org/api.
        > an older quote inside the quoted message
        Best,
        Tom
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: Hi all,",
            "ATTRIBUTION: -----Original Message-----",
            "QUOTED1: Dear all,",
            "QUOTED2: > an older quote inside the quoted message",
            "QUOTED1: Best,");
  }

  @Test
  void underscoreLineIsAMarkerOnlyAboveAHeaderBlock() {
    String outlook = "Agreed.\n\n________________________________\nFrom: Jane Doe\nSent: Tuesday\n\nold text\n";
    assertThat(outline(outlook))
        .containsExactly("PROSE: Agreed.", "ATTRIBUTION: ________________________________", "QUOTED1: old text");
    String footer = "Agreed.\n\n_______________________________________________\nR-devel mailing list\n";
    assertThat(outline(footer)).containsExactly("PROSE: Agreed.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "---------- Forwarded message ---------",
        "-------- Original Message --------",
        "Begin forwarded message:",
        "-----Ursprüngliche Nachricht-----"
      })
  void forwardMarkersQuoteTheForwardedMessage(String marker) {
    assertThat(outline("FYI, see below.\n\n" + marker + "\nFrom: Jane <jane@x.org>\nDate: 4 Feb 2025\n\nThe body.\n"))
        .containsExactly("PROSE: FYI, see below.", "ATTRIBUTION: " + marker, "QUOTED1: The body.");
  }

  @Test
  void bareFromSentHeaderStartsAnUnprefixedQuote() {
    assertThat(outline("Sure.\n\nFrom: Jane Doe <jane@x.org>\nSent: Tuesday, 4 February 2025 10:02\n\nCan you?\n"))
        .containsExactly("PROSE: Sure.", "ATTRIBUTION: From: Jane Doe <jane@x.org>", "QUOTED1: Can you?");
  }

  @Test
  void unprefixedQuoteEndsAtTheQuotedSignature() {
    assertThat(outline("Yes.\n-----Original Message-----\nFrom: Tom\n\nShip it?\n--\nTom Lee\nQA lead\n"))
        .containsExactly(
            "PROSE: Yes.", "ATTRIBUTION: -----Original Message-----", "QUOTED1: Ship it?", "SIGNATURE: --");
  }

  // ---- signatures --------------------------------------------------------------------------------------------------

  @Test
  void signatureRunsToTheEnd() {
    assertThat(outline("Thanks\n-- \nJane Doe\n\nhttps://jane.example.org\n\n    Senior engineer\n"))
        .containsExactly("PROSE: Thanks", "SIGNATURE: -- ");
  }

  @Test
  void quotedThreadBelowATopPostersSignatureIsQuoted() {
    String text = """
        Sounds good, merged.
        --
        Jane

        On Tue, 4 Feb 2025 at 10:02, Bob <bob@example.org> wrote:
        > Can we merge this?

        after the quote
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: Sounds good, merged.",
            "SIGNATURE: --",
            "ATTRIBUTION: On Tue, 4 Feb 2025 at 10:02, Bob <bob@example.org> wrote:",
            "QUOTED1: > Can we merge this?",
            "PROSE: after the quote");
  }

  @Test
  void quoteRightBelowASignatureEndsIt() {
    assertThat(outline("Done.\n-- \nJane\n> Can we merge this?\n"))
        .containsExactly("PROSE: Done.", "SIGNATURE: -- ", "QUOTED1: > Can we merge this?");
  }

  @Test
  void dashesThatAreNotTheSeparatorAreProse() {
    assertThat(outline("a\n---\nb\n -- \nc\n--x\n")).containsExactly("PROSE: a");
  }

  // ---- patches -----------------------------------------------------------------------------------------------------

  @Test
  void formatPatchMailHasProseThenDiffstatAndDiffThenSignature() {
    String text = """
        The iterator did not check for an empty list before dereferencing
        the head, which crashes on hot-unplug.

        Fixes: 1234567890ab ("foo: add iterator")
        Signed-off-by: Jane Doe <jane@example.org>
        ---
         drivers/foo/core.c | 4 +++-
         1 file changed, 3 insertions(+), 1 deletion(-)

        diff --git a/drivers/foo/core.c b/drivers/foo/core.c
        index 3661416..c9b53e2 100644
        --- a/drivers/foo/core.c
        +++ b/drivers/foo/core.c
        @@ -10,7 +10,9 @@ static int foo_next(struct foo *f)
         {
         \tstruct foo_item *it;
        \s
        -\tit = list_first_entry(&f->items, struct foo_item, node);
        +\tif (list_empty(&f->items))
        +\t\treturn -ENODEV;
        +\tit = list_first_entry(&f->items, struct foo_item, node);
         \treturn it->id;
         }

        --\s
        2.43.0
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: The iterator did not check for an empty list before dereferencing",
            "PATCH: ---",
            "SIGNATURE: -- ");
  }

  @Test
  void removedLineThatReadsLikeASignatureStaysInTheHunk() {
    String text = "@@ -1,3 +1 @@\n # Notes\n-- \n-- old item\n\nSo the list goes.\n";
    assertThat(outline(text)).containsExactly("PATCH: @@ -1,3 +1 @@", "PROSE: So the list goes.");
  }

  @Test
  void hunkLineWrappedByTheMailClientStaysInThePatch() {
    String text = """
        Index: src/library/methods/R/methodsTable.R
        ===================================================================
        --- src/library/methods/R/methodsTable.R (revision 84931)
        +++ src/library/methods/R/methodsTable.R (working copy)
        @@ -752,3 +752,3 @@
           else if(length(methods) == 0L) {
        -    cnames <- paste0("\\"", vapply(classes, as.character, ""), "\\"",
        +    cnames <- paste0(head(fdef@signature, length(classes)), "=\\"",
        vapply(classes, as.character, ""), "\\"",
              collapse = ", ")

        Here's the upshot for the example.
        """;
    assertThat(outline(text))
        .containsExactly(
            "PATCH: Index: src/library/methods/R/methodsTable.R", "PROSE: Here's the upshot for the example.");
  }

  @Test
  void hunkWithTooLargeCountsEndsAtProseAfterABlankLine() {
    assertThat(outline("@@ -1,9 +1,9 @@\n-a\n+b\n\nThat is all.\nReally.\n"))
        .containsExactly("PATCH: @@ -1,9 +1,9 @@", "PROSE: That is all.");
  }

  @Test
  void hunkWithTooSmallCountsKeepsItsLaterLines() {
    assertThat(outline("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n+c\n done\nok\n"))
        .containsExactly("PATCH: --- a/x", "PROSE: ok");
  }

  @Test
  void twoDiffstatLinesStartAPatch() {
    assertThat(outline("v2: fix typo\n\n README | 2 +-\n logo.png | Bin 0 -> 1234 bytes\n"))
        .containsExactly("PROSE: v2: fix typo", "PATCH:  README | 2 +-");
  }

  @Test
  void patchLookalikesAreProse() {
    assertThat(outline("--- a/x\nbut no plus line\nIndex: 42\n@@ not a hunk\n README | lots\n"
            + " tests | 2 of them fail\n docs | 3 pages\n"))
        .containsExactly("PROSE: --- a/x");
  }

  // ---- code --------------------------------------------------------------------------------------------------------

  @Test
  void githubCommentWithFencedCodeAndUrls() {
    String text = """
        Thanks for the report! I can reproduce this on `main` with:

        ```python
        import comity
        print(comity.check(">>> not a quote"))

        > still code
        ```
        The culprit is #1234 (https://github.com/example/comity/pull/1234).
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: Thanks for the report! I can reproduce this on `main` with:",
            "CODE: ```python",
            "PROSE: The culprit is #1234 (",
            "URL: https://github.com/example/comity/pull/1234",
            "PROSE: ).");
  }

  @Test
  void fenceClosesOnlyWithAtLeastAsManyOfItsOwnChars() {
    assertThat(outline("~~~~\n```\n~~~\n~~~~~\nprose\n")).containsExactly("CODE: ~~~~", "PROSE: prose");
  }

  @Test
  void unclosedFenceRunsToTheEnd() {
    assertThat(outline("text\n```\ncode\n-- \nstill code\n")).containsExactly("PROSE: text", "CODE: ```");
  }

  @Test
  void backtickRunWithBackticksAfterItIsInlineCodeNotAFence() {
    assertThat(outline("```foo``` is inline\nmore\n")).containsExactly("PROSE: ```foo``` is inline");
  }

  @Test
  void indentedBlockAfterABlankLineIsCode() {
    String text = "I tried\n\n    parse(text = \"A -> B\", keep.source = TRUE)\n\tsecond line\n\nand it failed.\n";
    assertThat(outline(text))
        .containsExactly(
            "PROSE: I tried", "CODE:     parse(text = \"A -> B\", keep.source = TRUE)", "PROSE: and it failed.");
  }

  @Test
  void indentedLineInsideAParagraphIsProse() {
    assertThat(outline("I was thinking of\n    something like this\nwithout a blank line.\n"))
        .containsExactly("PROSE: I was thinking of");
  }

  @Test
  void indentedParagraphContinuingAListItemIsProse() {
    assertThat(outline("- first point\n\n    which continues here\n\n1. next\n\n    and here\n"))
        .containsExactly("PROSE: - first point");
  }

  @Test
  void twoLinesShapedLikeCodeAreCode() {
    String text = "Patch the loop:\nfor (int i = 0; i < n; i++) {\n    total += xs[i];\n}\nand rerun.\n";
    assertThat(outline(text))
        .containsExactly("PROSE: Patch the loop:", "CODE: for (int i = 0; i < n; i++) {", "PROSE: and rerun.");
    assertThat(outline("$ ./configure --enable-debug\n$ make check\n"))
        .containsExactly("CODE: $ ./configure --enable-debug");
    assertThat(outline("#include <stdio.h>\n#include <stdlib.h>\n")).containsExactly("CODE: #include <stdio.h>");
  }

  @Test
  void oneLineShapedLikeCodeIsProse() {
    assertThat(outline("I tried x <- NULL; it did not help;\nso I gave up.\n"))
        .containsExactly("PROSE: I tried x <- NULL; it did not help;");
  }

  // ---- logs --------------------------------------------------------------------------------------------------------

  @Test
  void javaStackTraceIsOneLogRegion() {
    String text = """
        Running the new build on JDK 21 fails at startup:

        java.lang.IllegalStateException: pool closed
        \tat org.example.pool.Pool.borrow(Pool.java:142)
        \tat org.example.app.Main.main(Main.java:27)
        Caused by: java.io.IOException: Broken pipe
        \tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)
        \t... 3 more

        Any idea what changed?
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: Running the new build on JDK 21 fails at startup:",
            "LOG: java.lang.IllegalStateException: pool closed",
            "PROSE: Any idea what changed?");
  }

  @Test
  void pythonTracebackEndsWithItsExceptionLine() {
    String text = """
        Traceback (most recent call last):
          File "check.py", line 12, in <module>
            main()
          File "check.py", line 9, in main
            ratio = hits / total
        ZeroDivisionError: division by zero
        This happens on every empty input.
        """;
    assertThat(outline(text))
        .containsExactly(
            "LOG: Traceback (most recent call last):", "PROSE: This happens on every empty input.");
  }

  @Test
  void rErrorAndWarningAreLog() {
    String text = """
        With R-devel (r87654) this now fails:

        Error in model.frame.default(formula = y ~ x, data = d) :\s
          variable lengths differ (found for 'x')
        In addition: Warning message:
        In sqrt(-1) : NaNs produced

        It worked in R 4.4.
        """;
    assertThat(outline(text))
        .containsExactly(
            "PROSE: With R-devel (r87654) this now fails:",
            "LOG: Error in model.frame.default(formula = y ~ x, data = d) : ",
            "PROSE: It worked in R 4.4.");
  }

  @Test
  void goPanicIsLog() {
    String text = """
        panic: runtime error: index out of range [5] with length 3

        goroutine 1 [running]:
        main.main()
        \t/tmp/sandbox/prog.go:8 +0x1d
        exit status 2
        """;
    assertThat(outline(text)).containsExactly("LOG: panic: runtime error: index out of range [5] with length 3",
        "PROSE: exit status 2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[   12.345678] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
        "2025-02-04 10:02:03,123 ERROR [main] o.e.App - connection refused",
        "[2025-02-04T10:02:03Z] worker 3 exited",
        "02-04 10:02:03.123  1234  1250 E AndroidRuntime: FATAL EXCEPTION: main",
        "E/AndroidRuntime(  123): FATAL EXCEPTION: main",
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        "    at Object.<anonymous> (/app/index.js:3:9)",
        "   at Example.Program.Main() in C:\\src\\Program.cs:line 12",
        "\tat org.apache.App.run(App.java:7) ~[app.jar:?]",
        "thread 'main' panicked at src/main.rs:2:5:",
        "src/foo.c:12:5: error: 'x' undeclared (first use in this function)",
        "make[2]: *** [Makefile:42: all] Error 1",
        "Error in f(x) : object 'y' not found"
      })
  void logLineStandsAlone(String line) {
    assertThat(outline("Output:\n" + line + "\n")).containsExactly("PROSE: Output:", "LOG: " + line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "at least (I think) it works",
        "at least (see 3 below)",
        "at sys.call().  But then things are complicated again",
        "at home(ish)",
        "Error in my reasoning, sorry.",
        "2025-02-04 was the release date",
        "I/O (mostly) is slow",
        "File a bug please",
        "ValueError: is what you get",
        "See foo.c:12: error: for details"
      })
  void logLookalikeIsProse(String line) {
    assertThat(outline("Well,\n" + line + "\n")).containsExactly("PROSE: Well,");
  }

  /** Found by the segmenter fuzz target: a line starting with digits and a colon read before the text. */
  @Test
  void lineStartingWithANumberAndAColonIsProse() {
    assertThat(spans("778: O at the top")).isEqualTo("PROSE[0,17)");
    assertThat(spans("093: 3")).isEqualTo("PROSE[0,6)");
  }

  // ---- URLs --------------------------------------------------------------------------------------------------------

  @Test
  void urlSplitsProseAndLeavesTrailingPunctuation() {
    String text = "See https://example.org/docs. Or www.example.org, or mailto:jane@example.org!\n";
    assertThat(spans(text))
        .isEqualTo("PROSE[0,4) URL[4,28) PROSE[28,33) URL[33,48) PROSE[48,53) URL[53,76) PROSE[76,78)");
  }

  @Test
  void urlKeepsBalancedParentheses() {
    String text = "(see https://en.wikipedia.org/wiki/Bracket_(disambiguation)).\n";
    assertThat(urls(text)).containsExactly("https://en.wikipedia.org/wiki/Bracket_(disambiguation)");
  }

  @Test
  void urlInAngleBracketsOrQuotesLosesThem() {
    assertThat(urls("<https://example.org/a> \"ftp://ftp.example.org/pub/\"' HTTPS://EXAMPLE.ORG\n"))
        .containsExactly("https://example.org/a", "ftp://ftp.example.org/pub/", "HTTPS://EXAMPLE.ORG");
  }

  @Test
  void urlAtTheEndOfTheTextEndsTheLastRegion() {
    assertThat(spans("docs: http://x.org")).isEqualTo("PROSE[0,6) URL[6,18)");
  }

  @Test
  void schemeWithoutBodyOrInsideAWordIsNoUrl() {
    assertThat(urls("http:// and https://. and xhttp://foo and www. and mywww.example.org and fromailto:x\n"))
        .isEmpty();
  }

  @Test
  void urlsInsideOtherRegionsAreLeftAlone() {
    assertThat(outline("> see https://example.org\n-- \nhttps://jane.example.org\n"))
        .containsExactly("QUOTED1: > see https://example.org", "SIGNATURE: -- ");
  }

  // ---- robustness --------------------------------------------------------------------------------------------------

  @Test
  void awkwardCharactersDoNotBreakSegmentation() {
    String text = "a\u0000b \uD800 https://x.org/\uDC00\uD83D\uDE00 ok\n> \uDFFF\n\u0000\r\r\n";
    assertThat(spans(text)).isEqualTo("PROSE[0,6) URL[6,23) PROSE[23,27) QUOTED1[27,31) PROSE[31,35)");
  }

  @Test
  void randomAwkwardTextIsCoveredExactly() {
    String[] pieces = {
      "> ", ">>", "> > ", "   >", "\n", "\r\n", "\r", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0000", "\u00A0", " ", "\t",
      "    ", "word ", "wrote:", "On ", "Quoting x (1):", "-- ", "--", "---", "-----Original Message-----",
      "________________________________", "From: x", "Sent: y", "Begin forwarded message:", "diff --git a/x b/x",
      "@@ -1,2 +1,2 @@", "@@ -1,999999999 +1 @@", "--- a/x", "+++ b/x", "Index: x", "=====", " x | 3 ++-",
      " 1 file changed", "+", "-", "\\ No newline", "```", "~~~", "```java", "at a.B.c(C.java:1)", "\tat ",
      "Traceback (most recent call last):", "  File \"x\", line 1", "Error in f(x) : y", "[ 1.2]", "[ 1.",
      "2025-02-04 10:02:03 ", "2025-", "E/T( 1):", "panic: ", "goroutine 1 [", "http://", "https://x.org/(a)",
      "www.", "www.x", "mailto:", "(", ")", ".", ";", "{", "}", "$ ", "#include", "- ", "1. ", "x:1:2: error: ",
    };
    Random random = new Random(20250204L);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(pieces.length + 3);
        if (pick < pieces.length) {
          text.append(pieces[pick]);
        } else if (pick == pieces.length) {
          text.append(String.valueOf((char) random.nextInt(0x10000)));
        } else if (pick == pieces.length + 1) {
          text.append("x".repeat(random.nextInt(3000)));
        } else {
          text.append('\n');
        }
      }
      if (round % 100 == 0) {
        text.append(pieces[random.nextInt(pieces.length)].repeat(100_000 / (round / 100 + 1)));
      }
      assertWellFormed(text.toString());
    }
  }

  @Test
  void largeMessageOfSeveralMegabytesIsCoveredExactly() {
    String reply = """
        On Tue, 4 Feb 2025 at 10:02, Jane Doe <jane@example.org> wrote:
        > The lock is dropped before the callback runs.

        It does when the device is unplugged, see https://example.org/bug/1.

        Exception in thread "main" java.lang.IllegalStateException: closed
        \tat org.example.Pool.borrow(Pool.java:142)

        ```
        pool.close();
        ```
        diff --git a/x.c b/x.c
        @@ -1 +1 @@
        -a
        +b

        """;
    StringBuilder text = new StringBuilder();
    while (text.length() < 4_000_000) {
      text.append(reply);
    }
    List<Region> regions = assertWellFormed(text.toString());
    Set<RegionKind> kinds = EnumSet.noneOf(RegionKind.class);
    regions.forEach(r -> kinds.add(r.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(
        RegionKind.ATTRIBUTION, RegionKind.QUOTED, RegionKind.PROSE, RegionKind.URL, RegionKind.LOG, RegionKind.CODE,
        RegionKind.PATCH);
    assertThat(regions).hasSize(8 * (text.length() / reply.length()));
  }

  @Test
  void pathologicalShapesAreCoveredExactly() {
    assertWellFormed("\n".repeat(1_000_000));
    assertWellFormed("a\r".repeat(500_000));
    assertWellFormed("x".repeat(100_000) + "\n" + "> ".repeat(50_000) + "\n" + " ".repeat(100_000) + "x");
    assertWellFormed("Am ".repeat(100) + ":\n" + "On 1:\n".repeat(100_000));
    assertWellFormed("@@ -1,999999999 +1,999999999 @@\n" + "-x\nwrapped\n".repeat(100_000));
    assertWellFormed("http://(".repeat(20_000) + "\n" + "www.".repeat(20_000) + ")".repeat(20_000));
    assertThat(spans("```\n" + "x\n".repeat(100_000))).isEqualTo("CODE[0,200004)");
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** Asserts the contract every segmentation must meet, and returns the regions. */
  private static List<Region> assertWellFormed(String text) {
    List<Region> regions = Segmenter.segment(text);
    assertThat(contractViolation(text, regions)).isNull();
    return regions;
  }

  /** The first way the regions break the contract, or null; plain code, as AssertJ per region is slow on MBs. */
  private static String contractViolation(String text, List<Region> regions) {
    int at = 0;
    Region previous = null;
    for (Region r : regions) {
      if (r.span().start() != at || r.span().isEmpty()) {
        return r + " does not start at " + at + " or is empty";
      }
      if ((r.quoteDepth() > 0) != (r.kind() == RegionKind.QUOTED)) {
        return r + " has the wrong depth for its kind";
      }
      if (previous != null && r.kind() == previous.kind() && r.quoteDepth() == previous.quoteDepth()) {
        return r + " is not merged with " + previous;
      }
      if (r.kind() == RegionKind.URL && r.span().coveredText(text).chars().anyMatch(Character::isWhitespace)) {
        return r + " is a URL with white space";
      }
      at = r.span().end();
      previous = r;
    }
    return at == text.length() ? null : "regions end at " + at + " of " + text.length();
  }

  /** The regions as {@code KIND[start,end)}, QUOTED with its depth: {@code "PROSE[0,12) QUOTED1[12,40)"}. */
  private static String spans(String text) {
    List<String> out = new ArrayList<>();
    for (Region r : assertWellFormed(text)) {
      out.add(name(r) + "[" + r.span().start() + "," + r.span().end() + ")");
    }
    return String.join(" ", out);
  }

  /** Each region as its kind and the first line of its text: {@code "QUOTED2: > > The lock is dropped"}. */
  private static List<String> outline(String text) {
    List<String> out = new ArrayList<>();
    for (Region r : assertWellFormed(text)) {
      String covered = r.span().coveredText(text);
      int eol = covered.indexOf('\n');
      out.add(name(r) + ": " + (eol < 0 ? covered : covered.substring(0, eol)));
    }
    return out;
  }

  private static List<String> urls(String text) {
    return assertWellFormed(text).stream()
        .filter(r -> r.kind() == RegionKind.URL)
        .map(r -> r.span().coveredText(text))
        .toList();
  }

  private static String name(Region r) {
    return r.kind().name() + (r.kind() == RegionKind.QUOTED ? r.quoteDepth() : "");
  }
}
