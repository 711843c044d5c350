package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comity.api.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThreaderTest {
  private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

  @Test
  void linksRepliesThroughInReplyToOnly() {
    Message root = msg("<CAB1x=q@mail.gmail.com>", "[Rd] lm() ignores weights with NA", 0).build();
    Message reply = msg("<87h6a.fsf@stat.math.ethz.ch>", "Re: [Rd] lm() ignores weights with NA", 5)
        .inReplyTo("<CAB1x=q@mail.gmail.com>").build();
    Message answer = msg("<f00d@r-project.org>", "Re: [Rd] lm() ignores weights with NA", 9)
        .inReplyTo("<87h6a.fsf@stat.math.ethz.ch>").build();

    List<Conversation> threads = Threader.thread(List.of(answer, reply, root));

    assertThat(threads).hasSize(1);
    Conversation c = threads.get(0);
    assertThat(c.id()).isEqualTo("<CAB1x=q@mail.gmail.com>");
    assertThat(c.root()).contains(root);
    assertThat(c.subject()).isEqualTo("lm() ignores weights with na");
    assertThat(shape(c)).containsExactly(
        "0 <CAB1x=q@mail.gmail.com> <- -",
        "1 <87h6a.fsf@stat.math.ethz.ch> <- <CAB1x=q@mail.gmail.com>",
        "2 <f00d@r-project.org> <- <87h6a.fsf@stat.math.ethz.ch>");
  }

  @Test
  void linksRepliesThroughReferencesOnlyWithTheLastReferenceAsParent() {
    Message patch = msg("<20240304.1@kernel.org>", "[PATCH v2] mm: fix race in folio_lock", 0).build();
    Message review = msg("<20240304.2@suse.cz>", "Re: [PATCH v2] mm: fix race in folio_lock", 10)
        .references(List.of("<20240304.1@kernel.org>")).build();
    Message nack = msg("<20240304.3@redhat.com>", "Re: [PATCH v2] mm: fix race in folio_lock", 20)
        .references(List.of("<20240304.1@kernel.org>", "<20240304.2@suse.cz>")).build();

    Conversation c = single(Threader.thread(List.of(nack, patch, review)));

    assertThat(shape(c)).containsExactly(
        "0 <20240304.1@kernel.org> <- -",
        "1 <20240304.2@suse.cz> <- <20240304.1@kernel.org>",
        "2 <20240304.3@redhat.com> <- <20240304.2@suse.cz>");
  }

  @Test
  void matchesIdsWithoutAngleBracketsOrSurroundingSpace() {
    Message root = msg("abc@example.org", "Question", 0).build();
    Message reply = msg("<def@example.org>", "Re: Question", 1).inReplyTo(" <abc@example.org> ").build();

    assertThat(shape(single(Threader.thread(List.of(root, reply))))).containsExactly(
        "0 abc@example.org <- -", "1 <def@example.org> <- abc@example.org");
  }

  @Test
  void readsTheIdOutOfAnOldStyleInReplyToWithAComment() {
    Message root = msg("<9704010826.AA00322@>", "R-Prerelease", 0).build();
    Message reply = msg("<9704010828.AA00328@>", "Re: R-Prerelease", 2)
        .inReplyTo("<9704010826.AA00322@> (message from Martin Maechler on Tue, 1 Apr 97 10:26:38 +0200)").build();
    Message orphan = msg("<o@x>", "Re: other", 3).references(List.of("<gone@x> (lost)", "<o-parent@x>")).build();
    Message sibling = msg("<s@x>", "Re: other", 4).inReplyTo("<gone@x>").build();

    List<Conversation> threads = Threader.thread(List.of(root, reply, orphan, sibling));

    assertThat(shape(threads.get(0))).containsExactly(
        "0 <9704010826.AA00322@> <- -", "1 <9704010828.AA00328@> <- <9704010826.AA00322@>");
    assertThat(threads.get(1).id()).isEqualTo("<gone@x>");
  }

  @Test
  void reportsAMessagesOwnIdSpellingEvenWhenAReplyNamedItFirst() {
    Message reply = msg("<def@example.org>", "Re: Question", 1).references(List.of("<abc@example.org> ")).build();
    Message root = msg(" abc@example.org", "Question", 0).build();

    assertThat(shape(single(Threader.thread(List.of(reply, root))))).containsExactly(
        "0 abc@example.org <- -", "1 <def@example.org> <- abc@example.org");
  }

  @Test
  void splicesAMissingMiddleMessageSoItsReplyHangsOnTheNearestKnownAncestor() {
    Message root = msg("<a@lists>", "[R] tidy eval question", 0).build();
    Message grandchild = msg("<c@lists>", "Re: [R] tidy eval question", 30)
        .references(List.of("<a@lists>", "<b-missing@lists>")).build();

    assertThat(shape(single(Threader.thread(List.of(root, grandchild))))).containsExactly(
        "0 <a@lists> <- -", "1 <c@lists> <- <a@lists>");
  }

  @Test
  void keepsAMissingRootAsAGhostWhenSeveralRepliesHangOnIt() {
    Message first = msg("<r1@lists>", "Re: [Rd] R 4.4.0 is released", 10).inReplyTo("<announce@r-project.org>").build();
    Message second = msg("<r2@lists>", "Re: [Rd] R 4.4.0 is released", 5).inReplyTo("<announce@r-project.org>").build();

    Conversation c = single(Threader.thread(List.of(first, second)));

    assertThat(c.root()).isEmpty();
    assertThat(c.id()).isEqualTo("<announce@r-project.org>");
    assertThat(shape(c)).containsExactly(
        "1 <r2@lists> <- <announce@r-project.org>", "1 <r1@lists> <- <announce@r-project.org>");
  }

  @Test
  void promotesTheOnlyReplyToAMissingRoot() {
    Message orphan = msg("<r1@lists>", "Re: [Rd] R 4.4.0 is released", 10).inReplyTo("<announce@r-project.org>").build();

    assertThat(shape(single(Threader.thread(List.of(orphan))))).containsExactly("0 <r1@lists> <- -");
  }

  @Test
  void putsAReplyThatLostItsHeadersUnderTheOriginalBySubject() {
    Message root = msg("<q@lists>", "[R] Writing a data.frame to xlsx", 0).build();
    Message webmail = msg("<w@webmail.example>", "RE: [R]  writing a DATA.FRAME to xlsx", 60).build();

    assertThat(shape(single(Threader.thread(List.of(webmail, root))))).containsExactly(
        "0 <q@lists> <- -", "1 <w@webmail.example> <- <q@lists>");
  }

  @Test
  void letsAGhostRootGatherRootsWithTheSameSubject() {
    Message first = msg("<r1@lists>", "Re: [Rd] R 4.4.0 is released", 10).inReplyTo("<announce@r-project.org>").build();
    Message second = msg("<r2@lists>", "Re: [Rd] R 4.4.0 is released", 20).inReplyTo("<announce@r-project.org>").build();
    Message stray = msg("<s@lists>", "[Rd] R 4.4.0 is released", 30).build();

    assertThat(shape(single(Threader.thread(List.of(stray, first, second))))).containsExactly(
        "1 <r1@lists> <- <announce@r-project.org>",
        "1 <r2@lists> <- <announce@r-project.org>",
        "1 <s@lists> <- <announce@r-project.org>");
  }

  @Test
  void makesOriginalsWithTheSameSubjectSiblingsUnderAGhost() {
    Message one = msg("<one@a>", "Help", 0).build();
    Message two = msg("<two@b>", "help", 60).build();

    Conversation c = single(Threader.thread(List.of(two, one)));

    assertThat(c.root()).isEmpty();
    assertThat(c.id()).isEqualTo("<one@a>");
    assertThat(shape(c)).containsExactly("1 <one@a> <- -", "1 <two@b> <- -");
  }

  @Test
  void joinsBySubjectOnlyWithinTheWindowWhenGivenOne() {
    Message spring = msg("<a@x>", "[Rd] R CMD check NOTE", 0).build();
    Message springReply = msg("<b@x>", "Re: [Rd] R CMD check NOTE", 60 * 24 * 3).build();
    Message autumn = msg("<c@x>", "[Rd] R CMD check NOTE", 60 * 24 * 200).build();
    List<Message> input = List.of(autumn, springReply, spring);

    assertThat(Threader.thread(input)).hasSize(1);
    List<Conversation> windowed = Threader.thread(input, Duration.ofDays(30));
    assertThat(windowed).hasSize(2);
    assertThat(shape(windowed.get(0))).containsExactly("0 <a@x> <- -", "1 <b@x> <- <a@x>");
    assertThat(shape(windowed.get(1))).containsExactly("0 <c@x> <- -");
    assertThat(Threader.thread(input, Duration.ofDays(300))).isEqualTo(Threader.thread(input));
  }

  @Test
  void rejectsANegativeSubjectWindow() {
    assertThatThrownBy(() -> Threader.thread(List.of(), Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-24H");
  }

  @Test
  void neverGroupsBySubjectWhenTheSubjectIsEmptyOrMissing() {
    List<Conversation> threads = Threader.thread(List.of(
        msg("<x@a>", "", 0).build(), msg("<y@a>", "Re: ", 1).build(), Message.builder("no headers").id("<z@a>").build()));

    assertThat(threads).hasSize(3);
  }

  @Test
  void survivesAReferenceCycle() {
    Message a = msg("<a@x>", "loop", 0).references(List.of("<b@x>")).build();
    Message b = msg("<b@x>", "Re: loop", 1).references(List.of("<a@x>")).build();

    Conversation c = single(Threader.thread(List.of(a, b)));

    // a claims b as parent first; b's own claim on a would close the loop and is dropped.
    assertThat(shape(c)).containsExactly("0 <b@x> <- -", "1 <a@x> <- <b@x>");
  }

  @Test
  void ignoresCyclesHiddenInsideReferenceLists() {
    Message m1 = msg("<1@x>", "cyc", 0).references(List.of("<2@x>", "<3@x>", "<2@x>")).build();
    Message m2 = msg("<2@x>", "Re: cyc", 1).references(List.of("<3@x>", "<1@x>")).build();
    Message m3 = msg("<3@x>", "Re: cyc", 2).inReplyTo("<1@x>").build();

    List<Conversation> threads = Threader.thread(List.of(m1, m2, m3));

    assertThat(threads.stream().flatMap(t -> t.posts().stream()).map(Post::id))
        .containsExactlyInAnyOrder("<1@x>", "<2@x>", "<3@x>");
  }

  @Test
  void treatsASelfReferenceAsNoParent() {
    Message self = msg("<me@x>", "Re: me", 0).inReplyTo("<me@x>").references(List.of("<me@x>")).build();

    assertThat(shape(single(Threader.thread(List.of(self))))).containsExactly("0 <me@x> <- -");
  }

  @Test
  void keepsBothCopiesOfADuplicateIdAndHangsRepliesOnTheFirst() {
    Message first = msg("<dup@x>", "[Rd] bug 18511", 0).build();
    Message copy = msg("<dup@x>", "[Rd] bug 18511", 1).build();
    Message reply = msg("<re@x>", "Re: [Rd] bug 18511", 2).inReplyTo("<dup@x>").build();

    List<Post> posts = Threader.thread(List.of(first, copy, reply)).stream()
        .flatMap(c -> c.posts().stream()).toList();

    assertThat(posts).extracting(Post::message).containsExactlyInAnyOrder(first, copy, reply);
    assertThat(posts).filteredOn(p -> p.message() == copy).extracting(Post::id)
        .containsExactly("<comity.1@synthetic.invalid>");
    assertThat(posts).filteredOn(p -> p.message() == reply).extracting(Post::parentId)
        .containsExactly(Optional.of("<dup@x>"));
  }

  @Test
  void givesMessagesWithoutIdsSyntheticIdsAndStillLinksTheirReplies() {
    Message root = msg("<root@x>", "chat", 0).build();
    Message anonymous = Message.builder("+1").inReplyTo("<root@x>").timestamp(T0.plusSeconds(5)).build();

    Conversation c = single(Threader.thread(List.of(root, anonymous)));

    assertThat(shape(c)).containsExactly("0 <root@x> <- -", "1 <comity.1@synthetic.invalid> <- <root@x>");
  }

  @Test
  void ordersSiblingsByTimestampThenInputOrderWithUndatedMessagesLast() {
    Message root = msg("<r@x>", "order", 0).build();
    Message late = msg("<late@x>", "Re: order", 50).inReplyTo("<r@x>").build();
    Message undated = Message.builder("?").id("<undated@x>").inReplyTo("<r@x>").build();
    Message early = msg("<early@x>", "Re: order", 10).inReplyTo("<r@x>").build();
    Message tieFirst = msg("<tie1@x>", "Re: order", 20).inReplyTo("<r@x>").build();
    Message tieSecond = msg("<tie2@x>", "Re: order", 20).inReplyTo("<r@x>").build();

    Conversation c = single(Threader.thread(List.of(root, undated, late, tieFirst, early, tieSecond)));

    assertThat(c.posts()).extracting(Post::id)
        .containsExactly("<r@x>", "<early@x>", "<tie1@x>", "<tie2@x>", "<late@x>", "<undated@x>");
  }

  @Test
  void ordersConversationsByTheirEarliestMessage() {
    Message later = msg("<b@x>", "second topic", 100).build();
    Message earlier = msg("<a@x>", "first topic", 0).build();

    assertThat(Threader.thread(List.of(later, earlier))).extracting(Conversation::id).containsExactly("<a@x>", "<b@x>");
  }

  @Test
  void threadsATenThousandDeepChainWithoutRecursing() {
    int n = 10_000;
    List<Message> chain = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Message.Builder b = msg("<m" + i + "@deep>", i == 0 ? "deep" : "Re: deep", i);
      chain.add((i == 0 ? b : b.inReplyTo("<m" + (i - 1) + "@deep>")).build());
    }
    List<Message> reversed = new ArrayList<>(chain);
    Collections.reverse(reversed);
    List<Message> shuffled = new ArrayList<>(chain);
    Collections.shuffle(shuffled, new Random(10_000));

    for (List<Message> input : List.of(chain, reversed, shuffled)) {
      Conversation c = single(Threader.thread(input));
      assertThat(c.posts()).hasSize(n);
      Post last = c.posts().get(n - 1);
      assertThat(last.depth()).isEqualTo(n - 1);
      assertThat(last.parentId()).contains("<m" + (n - 2) + "@deep>");
    }
  }

  @Test
  void givesTheSameResultForTheSameInput() {
    List<Message> input = List.of(
        msg("<a@x>", "s", 0).build(), msg("<b@x>", "Re: s", 0).inReplyTo("<a@x>").build(),
        msg("<c@x>", "Re: s", 0).inReplyTo("<a@x>").build(), msg("<d@x>", "s", 0).build());

    assertThat(Threader.thread(input)).isEqualTo(Threader.thread(input));
  }

  static Message.Builder msg(String id, String subject, int minutes) {
    return Message.builder("body of " + id).id(id).header("Subject", subject).timestamp(T0.plusSeconds(60L * minutes));
  }

  static Conversation single(List<Conversation> threads) {
    assertThat(threads).hasSize(1);
    return threads.get(0);
  }

  /** Each post as {@code "depth id <- parent"}. */
  static List<String> shape(Conversation c) {
    return c.posts().stream().map(p -> p.depth() + " " + p.id() + " <- " + p.parentId().orElse("-")).toList();
  }
}
