package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import java.util.Optional;

/**
 * One message in a {@link Conversation}, with its place in the reply tree.
 *
 * @param id the message's own id as given (surrounding whitespace removed), or a synthetic id such as {@code
 *     <comity.N@synthetic.invalid>} when it has none or repeats an id already seen (N is the message's index in the
 *     threader's input)
 * @param message the message
 * @param depth number of containers above this one, counting ghosts (missing messages kept by the algorithm); 0 for a
 *     conversation root
 * @param parentId id of this message's parent in the reconstructed tree: the message it replies to, its nearest known
 *     ancestor when that message is missing, or a missing root that gathers several replies or same-subject roots. Empty
 *     for a conversation root and for messages grouped under a subject-only ghost
 */
public record Post(String id, Message message, int depth, Optional<String> parentId) {
  /** Validates that no component is null and depth is not negative. */
  public Post {
    requireNonNull(id, "id");
    requireNonNull(message, "message");
    requireNonNull(parentId, "parentId");
    if (depth < 0) {
      throw new IllegalArgumentException("depth < 0: " + depth);
    }
  }
}
