package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import dev.comity.thread.Conversation;
import dev.comity.thread.Threader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BrigadeGeneratorTest {
  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

  private static Conversation thread() {
    Message root = Message.builder("Proposal: deprecate the old API.").id("<root@x.example>")
        .author("maria at x.example (Maria Lindqvist)").timestamp(T0).header("Subject", "Deprecating the old API")
        .build();
    Message reply = Message.builder("Fine by me.").id("<r@x.example>").author("tomas at x.example (Tomas Novak)")
        .timestamp(T0.plusSeconds(3600)).inReplyTo("<root@x.example>").references(List.of("<root@x.example>"))
        .header("Subject", "Re: Deprecating the old API").build();
    return Threader.thread(List.of(root, reply)).get(0);
  }

  private static List<Message> brigade(double newcomers, double duplicates, double links, long seed) {
    return BrigadeGenerator.generate(thread(), new BrigadeGenerator.Params(10, Duration.ofHours(6), newcomers,
        duplicates, links, BrigadeGenerator.Target.ROOT), List.of("ben at y.example (Ben Okafor)"), new Random(seed));
  }

  @Test
  void brigadeMessagesReplyIntoTheThreadWithinTheWindowAndAddressTheTarget() {
    List<Message> b = brigade(1, 0.5, 1, 7);
    assertThat(b).hasSize(10);
    List<Message> all = new ArrayList<>(thread().posts().stream().map(p -> p.message()).toList());
    all.addAll(b);
    assertThat(Threader.thread(all)).hasSize(1);
    for (Message m : b) {
      assertThat(m.timestamp().orElseThrow()).isBetween(T0, T0.plus(Duration.ofHours(7)));
      assertThat(m.references()).first().isEqualTo("<root@x.example>");
    }
    assertThat(b).filteredOn(m -> m.text().contains("Maria Lindqvist")).isNotEmpty();
    assertThat(b.get(0).text()).containsAnyOf("reddit.com", "ycombinator.com", "fosstodon.org", "x.com");
  }

  @Test
  void sharesControlNewcomersAndScriptedMessages() {
    List<Message> b = brigade(0.3, 0.6, 0, 3);
    assertThat(b).filteredOn(m -> m.author().orElseThrow().contains("Ben Okafor")).hasSize(7);
    // The scripted messages share one paragraph; greetings and sign-offs differ around it.
    String script = b.get(0).text().replaceFirst("^(Hi|Hello|Dear)[^\n]*\n\n", "").split("\n\n")[0];
    assertThat(b).filteredOn(m -> m.text().contains(script)).hasSize(6);
    assertThat(b).allMatch(m -> !m.text().contains("http"));
  }

  @Test
  void theSameSeedGivesTheSameBrigade() {
    assertThat(brigade(1, 0.5, 0.5, 11)).isEqualTo(brigade(1, 0.5, 0.5, 11));
    assertThat(brigade(1, 0.5, 0.5, 11)).isNotEqualTo(brigade(1, 0.5, 0.5, 12));
  }
}
