package dev.comity.thread;

import static dev.comity.thread.ThreaderTest.msg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadIndexTest {
  private final ThreadIndex index = ThreadIndex.of(List.of(
      msg("<a@x>", "[Rd] one", 0).build(),
      msg("<b@x>", "Re: [Rd] one", 1).inReplyTo("<a@x>").build(),
      msg("<c@x>", "[Rd] two", 2).build(),
      Message.builder("anonymous").inReplyTo("<c@x>").build()));

  @Test
  void findsTheConversationOfAMessage() {
    assertThat(index.conversations()).extracting(Conversation::id).containsExactly("<a@x>", "<c@x>");
    assertThat(index.conversationOf("<b@x>")).map(Conversation::id).contains("<a@x>");
    assertThat(index.conversationOf("<comity.3@synthetic.invalid>")).map(Conversation::id).contains("<c@x>");
  }

  @Test
  void findsWhatAMessageRepliesToWhateverTheBrackets() {
    assertThat(index.post("b@x")).flatMap(Post::parentId).contains("<a@x>");
    assertThat(index.post("<a@x>")).flatMap(Post::parentId).isEmpty();
  }

  @Test
  void appliesTheSubjectWindow() {
    List<Message> input = List.of(msg("<a@x>", "help", 0).build(), msg("<b@x>", "help", 60 * 24 * 90).build());

    assertThat(ThreadIndex.of(input).conversationOf("<b@x>")).map(Conversation::id).contains("<a@x>");
    assertThat(ThreadIndex.of(input, Duration.ofDays(7)).conversationOf("<b@x>")).map(Conversation::id).contains("<b@x>");
  }

  @Test
  void answersEmptyForUnknownIds() {
    assertThat(index.post("<nope@x>")).isEmpty();
    assertThat(index.conversationOf("<nope@x>")).isEmpty();
  }
}
