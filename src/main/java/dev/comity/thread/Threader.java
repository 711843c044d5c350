package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds conversations from message headers with Jamie Zawinski's threading algorithm
 * (https://www.jwz.org/doc/threading.html): link messages through References and In-Reply-To without creating loops,
 * prune containers of missing messages, then join root conversations that share a normalized subject.
 *
 * <p>Ids are compared by what is inside their first pair of angle brackets, or whole when they have none, without
 * surrounding whitespace. A message without an id, or repeating
 * an id already seen, gets a synthetic one and is threaded as its own message. References to the message itself and
 * links that would make a cycle are ignored. Nothing recurses, so reply chains of any depth are safe. Time is linear in
 * the total length of the id lists, plus sorting, except that linking a message that already has replies under a new
 * parent walks up from that parent to rule out a cycle, which costs the depth of the tree.
 */
public final class Threader {
  private static final Comparator<Instant> TIMESTAMPS = Comparator.nullsLast(Comparator.naturalOrder());
  // Containers sort by the key of their earliest message; keys are (timestamp, input index).
  private static final Comparator<Container> ORDER =
      Comparator.<Container, Instant>comparing(c -> c.sortTime, TIMESTAMPS).thenComparingInt(c -> c.sortIndex);

  private Threader() {}

  /**
   * Threads {@code messages}: every message appears in exactly one conversation, once. Conversations are ordered by
   * their earliest message (timestamp, then input order). Roots with the same subject are joined however far apart
   * in time, as in the original algorithm.
   */
  public static List<Conversation> thread(List<Message> messages) {
    return threadWithin(messages, null);
  }

  /**
   * Like {@link #thread(List)}, but joins roots by subject only when each starts within {@code subjectWindow} of the
   * previous root with that subject, so that years of unrelated "R CMD check NOTE" threads in an archive do not
   * become one conversation. Roots without a timestamp join the latest group with their subject.
   *
   * @throws IllegalArgumentException if {@code subjectWindow} is negative
   */
  public static List<Conversation> thread(List<Message> messages, Duration subjectWindow) {
    requireNonNull(subjectWindow, "subjectWindow");
    if (subjectWindow.isNegative()) {
      throw new IllegalArgumentException("negative subject window: " + subjectWindow);
    }
    return threadWithin(messages, subjectWindow);
  }

  private static List<Conversation> threadWithin(List<Message> messages, Duration subjectWindow) {
    Map<String, Container> table = new LinkedHashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      link(table, messages.get(i), i);
    }
    List<Container> roots = new ArrayList<>();
    for (Container c : table.values()) {
      if (c.parent == null) {
        roots.add(c);
      } else {
        c.parent.children.add(c);
      }
    }
    roots = prune(roots);
    sort(roots);
    roots = groupBySubject(roots, subjectWindow);
    sort(roots);
    List<Conversation> out = new ArrayList<>(roots.size());
    for (Container root : roots) {
      out.add(conversation(root));
    }
    return List.copyOf(out);
  }

  /** JWZ step 1: file the message in the id table and link it and its references by parent pointers. */
  private static void link(Map<String, Container> table, Message m, int index) {
    String ownKey = m.id().map(Threader::key).filter(k -> !k.isEmpty()).orElse(null);
    Container self = ownKey == null ? null : table.get(ownKey);
    if (ownKey != null && self == null) {
      self = new Container(m.id().orElseThrow().strip());
      table.put(ownKey, self);
    } else if (ownKey == null || self.message != null) {
      // No id, or a duplicate: a fresh container keeps the first copy's place in its thread intact.
      String synthetic = syntheticId(table, index);
      self = new Container(synthetic);
      table.put(key(synthetic), self);
    } else {
      self.id = m.id().orElseThrow().strip(); // the ghost named by a reference gets the message's own spelling
    }
    self.message = m;
    self.index = index;
    self.subject = m.header("subject").stream().findFirst().orElse("");

    List<String> chain = new ArrayList<>(m.references());
    m.inReplyTo().filter(r -> chain.stream().noneMatch(c -> key(c).equals(key(r)))).ifPresent(chain::add);
    Container previous = null;
    for (String ref : chain) {
      String k = key(ref);
      if (k.isEmpty() || k.equals(ownKey)) {
        continue;
      }
      Container c = table.computeIfAbsent(k, x -> new Container(referenceId(ref)));
      // Links from earlier messages win: a later message's References may be truncated or wrong.
      if (previous != null && c.parent == null && !isAncestor(c, previous)) {
        setParent(c, previous);
      }
      previous = c;
    }
    // The message's own last reference names its parent, overriding what other messages implied.
    setParent(self, previous != null && !isAncestor(self, previous) ? previous : null);
  }

  private static void setParent(Container child, Container parent) {
    if (child.parent != null) {
      child.parent.linkedChildren--;
    }
    child.parent = parent;
    if (parent != null) {
      parent.linkedChildren++;
    }
  }

  private static String syntheticId(Map<String, Container> table, int index) {
    String id = "<comity." + index + "@synthetic.invalid>";
    for (int n = 1; table.containsKey(key(id)); n++) {
      id = "<comity." + index + "." + n + "@synthetic.invalid>";
    }
    return id;
  }

  /**
   * The id as compared: the inside of its first {@code <...>} if it has one (old mailers wrote In-Reply-To as
   * {@code <id> (message from ...)}), else the whole id, without surrounding whitespace.
   */
  static String key(String id) {
    int open = id.indexOf('<');
    int close = open < 0 ? -1 : id.indexOf('>', open + 1);
    return (close < 0 ? id : id.substring(open + 1, close)).strip();
  }

  /** How a missing message named by a reference is shown: its id in angle brackets when the reference had them. */
  private static String referenceId(String ref) {
    return ref.indexOf('<') >= 0 && ref.indexOf('>', ref.indexOf('<')) >= 0 ? "<" + key(ref) + ">" : ref.strip();
  }

  /** Whether {@code candidate} is {@code node} or one of its ancestors. */
  private static boolean isAncestor(Container candidate, Container node) {
    // A leaf is nobody's ancestor: this keeps messages arriving in reply order linear even on very deep chains.
    if (candidate.linkedChildren == 0) {
      return candidate == node;
    }
    for (Container c = node; c != null; c = c.parent) {
      if (c == candidate) {
        return true;
      }
    }
    return false;
  }

  /**
   * JWZ step 4: drop ghosts without children, replace ghosts by their children, except a ghost root with several
   * children, which stays as their common parent.
   */
  private static List<Container> prune(List<Container> roots) {
    for (Container c : postOrder(roots)) {
      List<Container> kept = new ArrayList<>(c.children.size());
      for (Container child : c.children) {
        if (child.message != null) {
          kept.add(child);
        } else {
          // Post-order: the ghost's children are already pruned, so none of them is a ghost.
          for (Container grandchild : child.children) {
            grandchild.parent = c;
            kept.add(grandchild);
          }
        }
      }
      c.children = kept;
    }
    List<Container> out = new ArrayList<>(roots.size());
    for (Container r : roots) {
      if (r.message != null || r.children.size() > 1) {
        out.add(r);
      } else if (r.children.size() == 1) {
        Container only = r.children.get(0);
        only.parent = null;
        out.add(only);
      }
    }
    return out;
  }

  /**
   * JWZ step 5: join roots with the same normalized subject. A ghost root absorbs the others; a reply goes under the
   * original; otherwise the roots become siblings under a new ghost. With a {@code window} (null for none), same-subject
   * roots that start too far apart fall into separate groups. {@code roots} must be sorted.
   */
  private static List<Container> groupBySubject(List<Container> roots, Duration window) {
    Map<Container, String> groupOf = subjectGroups(roots, window);
    Map<String, Container> bySubject = new HashMap<>();
    for (Container r : roots) {
      String s = groupOf.get(r);
      if (s == null) {
        continue;
      }
      Container old = bySubject.get(s);
      // Prefer a ghost root (it can take the others as children), then an original over a reply.
      if (old == null
          || (r.message == null && old.message != null)
          || ((r.message == null) == (old.message == null)
              && Subjects.isReply(old.rootSubject())
              && !Subjects.isReply(r.rootSubject()))) {
        bySubject.put(s, r);
      }
    }
    List<Container> candidates = new ArrayList<>(roots);
    for (Container r : roots) {
      String s = groupOf.get(r);
      Container c = s == null ? null : bySubject.get(s);
      if (c == null || c == r || r.parent != null) {
        continue;
      }
      if (c.message == null && r.message == null) {
        for (Container child : r.children) {
          adopt(c, child);
        }
        r.children = new ArrayList<>();
      } else if (c.message == null || (Subjects.isReply(r.subject) && !Subjects.isReply(c.subject))) {
        // By the preference above, c is a ghost whenever r is, and an original whenever r is.
        adopt(c, r);
      } else {
        Container ghost = new Container(null);
        adopt(ghost, c);
        adopt(ghost, r);
        bySubject.put(s, ghost);
        candidates.add(ghost);
      }
    }
    List<Container> out = new ArrayList<>();
    for (Container c : candidates) {
      if (c.parent == null && (c.message != null || !c.children.isEmpty())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Each root's subject group key: the normalized subject and, with a window, the number of its run in time. */
  private static Map<Container, String> subjectGroups(List<Container> roots, Duration window) {
    Map<Container, String> groupOf = new HashMap<>();
    Map<String, Instant> lastStart = new HashMap<>();
    Map<String, Integer> run = new HashMap<>();
    for (Container r : roots) {
      String s = Subjects.normalize(r.rootSubject());
      if (s.isEmpty()) {
        continue;
      }
      Instant previous = lastStart.get(s);
      if (window != null && previous != null && r.sortTime != null
          && Duration.between(previous, r.sortTime).compareTo(window) > 0) {
        run.merge(s, 1, Integer::sum);
      }
      if (r.sortTime != null) {
        lastStart.put(s, r.sortTime);
      }
      // Normalized subjects hold no newline, so the run number cannot collide with subject text.
      groupOf.put(r, s + "\n" + run.getOrDefault(s, 0));
    }
    return groupOf;
  }

  private static void adopt(Container parent, Container child) {
    child.parent = parent;
    parent.children.add(child);
  }

  /** Sorts every child list and the roots, giving each ghost the sort key of its earliest message. */
  private static void sort(List<Container> roots) {
    for (Container c : postOrder(roots)) {
      c.children.sort(ORDER);
      if (c.message != null) {
        c.sortTime = c.message.timestamp().orElse(null);
        c.sortIndex = c.index;
      } else if (!c.children.isEmpty()) {
        c.sortTime = c.children.get(0).sortTime;
        c.sortIndex = c.children.get(0).sortIndex;
      }
    }
    roots.sort(ORDER);
  }

  private static List<Container> postOrder(List<Container> roots) {
    List<Container> preOrder = new ArrayList<>();
    Deque<Container> stack = new ArrayDeque<>(roots);
    while (!stack.isEmpty()) {
      Container c = stack.pop();
      preOrder.add(c);
      c.children.forEach(stack::push);
    }
    // Reversed pre-order with children pushed in order visits every child before its parent.
    Collections.reverse(preOrder);
    return preOrder;
  }

  private static Conversation conversation(Container root) {
    List<Post> posts = new ArrayList<>();
    Deque<Container> stack = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    stack.push(root);
    depths.push(0);
    while (!stack.isEmpty()) {
      Container c = stack.pop();
      int depth = depths.pop();
      if (c.message != null) {
        Optional<String> parentId = c.parent == null ? Optional.empty() : Optional.ofNullable(c.parent.id);
        posts.add(new Post(c.id, c.message, depth, parentId));
      }
      for (int i = c.children.size() - 1; i >= 0; i--) {
        stack.push(c.children.get(i));
        depths.push(depth + 1);
      }
    }
    String id = root.id != null ? root.id : posts.get(0).id();
    return new Conversation(id, Optional.ofNullable(root.message), Subjects.normalize(root.rootSubject()), posts);
  }

  /** A node of the reply tree: a message, or a ghost standing for a missing message or a subject group. */
  private static final class Container {
    String id; // null for a subject-group ghost
    Message message;
    int index = -1;
    String subject = "";
    Container parent;
    int linkedChildren; // containers whose parent is this one, kept while linking
    List<Container> children = new ArrayList<>();
    Instant sortTime;
    int sortIndex;

    Container(String id) {
      this.id = id;
    }

    /** The subject of the message, or for a ghost of its earliest child (children must be sorted). */
    String rootSubject() {
      return message != null || children.isEmpty() ? subject : children.get(0).subject;
    }
  }
}
