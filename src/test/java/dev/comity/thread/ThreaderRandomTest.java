package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random reply forests, shuffled, with random header styles: the threader must recover the true tree. */
class ThreaderRandomTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void recoversTheTrueParentOfEveryMessage(long seed) {
    Random random = new Random(seed);
    Forest forest = Forest.random(random, 40);
    List<Message> input = forest.messages(random, Set.of());
    Collections.shuffle(input, random);

    List<Conversation> threads = Threader.thread(input);

    assertThat(threads).hasSize(forest.trees);
    Map<String, Post> posts = postsById(threads);
    assertThat(posts).hasSize(forest.size());
    for (int i = 0; i < forest.size(); i++) {
      Optional<String> expected = forest.parent[i] < 0 ? Optional.empty() : Optional.of(forest.id(forest.parent[i]));
      assertThat(posts.get(forest.id(i)).parentId()).as("parent of %s", forest.id(i)).isEqualTo(expected);
    }
    assertPreOrder(threads);
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9, 99, 1234})
  void hangsRepliesToMissingMessagesOnTheNearestKnownAncestor(long seed) {
    Random random = new Random(seed);
    Forest forest = Forest.random(random, 40);
    Set<Integer> missing = new HashSet<>();
    for (int i = 0; i < forest.size(); i++) {
      if (random.nextInt(4) == 0) {
        missing.add(i);
      }
    }
    List<Message> input = forest.messages(random, missing);
    Collections.shuffle(input, random);

    Map<String, Post> posts = postsById(Threader.thread(input));

    assertThat(posts).hasSize(forest.size() - missing.size());
    Map<Integer, Integer> topsPerRoot = new HashMap<>();
    for (int i = 0; i < forest.size(); i++) {
      if (!missing.contains(i) && forest.nearestKept(i, missing) < 0) {
        topsPerRoot.merge(forest.root(i), 1, Integer::sum);
      }
    }
    for (int i = 0; i < forest.size(); i++) {
      if (missing.contains(i)) {
        continue;
      }
      int kept = forest.nearestKept(i, missing);
      Optional<String> expected;
      if (kept >= 0) {
        expected = Optional.of(forest.id(kept));
      } else if (forest.root(i) != i && topsPerRoot.get(forest.root(i)) > 1) {
        expected = Optional.of(forest.id(forest.root(i))); // the missing root stays as a ghost over its replies
      } else {
        expected = Optional.empty();
      }
      assertThat(posts.get(forest.id(i)).parentId()).as("parent of %s", forest.id(i)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void keepsEveryMessageExactlyOnceWhateverTheHeadersSay(long seed) {
    Random random = new Random(seed);
    List<String> ids = List.of("<a@x>", "a@x", "<b@x>", "<c@x>", "<d@x>", "<e@x>", " <f@x>", "<>", "<g@x>", "<h@x>");
    List<String> subjects = List.of("", "help", "Re: help", "[R] Help", "Re: Re: [R] help", "other", "Fwd: other");
    List<Message> input = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Message.Builder b = Message.builder("text " + i).header("Subject", subjects.get(random.nextInt(subjects.size())));
      if (random.nextInt(5) > 0) {
        b.id(ids.get(random.nextInt(ids.size())));
      }
      if (random.nextInt(3) > 0) {
        b.timestamp(T0.plusSeconds(random.nextInt(50)));
      }
      if (random.nextBoolean()) {
        b.inReplyTo(ids.get(random.nextInt(ids.size())));
      }
      List<String> refs = new ArrayList<>();
      for (int r = random.nextInt(5); r > 0; r--) {
        refs.add(ids.get(random.nextInt(ids.size())));
      }
      input.add(b.references(refs).build());
    }

    List<Conversation> threads = Threader.thread(input);

    assertThat(threads.stream().flatMap(c -> c.posts().stream()).map(Post::message).toList())
        .containsExactlyInAnyOrderElementsOf(input);
    postsById(threads);
    assertPreOrder(threads);
    assertThat(Threader.thread(input)).isEqualTo(threads);
  }

  private static Map<String, Post> postsById(List<Conversation> threads) {
    Map<String, Post> posts = new HashMap<>();
    threads.forEach(c -> c.posts().forEach(p -> assertThat(posts.put(p.id(), p)).isNull()));
    return posts;
  }

  /**
   * Posts are pre-order: a parent that is a post comes first, one level up. Ghosts only stand at the root, so under a
   * message root every post's parent is a post.
   */
  private static void assertPreOrder(List<Conversation> threads) {
    for (Conversation c : threads) {
      Set<String> ids = new HashSet<>();
      c.posts().forEach(p -> ids.add(p.id()));
      Map<String, Integer> depthSoFar = new HashMap<>();
      for (Post p : c.posts()) {
        p.parentId().filter(ids::contains)
            .ifPresent(parent -> assertThat(depthSoFar.get(parent)).as("parent of %s", p.id()).isEqualTo(p.depth() - 1));
        if (c.root().isPresent() && p != c.posts().get(0)) {
          assertThat(p.parentId()).as("parent of %s", p.id()).isPresent().get().isIn(ids);
        }
        assertThat(p.depth()).isGreaterThanOrEqualTo(c.root().isPresent() ? 0 : 1);
        depthSoFar.put(p.id(), p.depth());
      }
    }
  }

  /** Messages 0..n-1; {@code parent[i]} is an earlier message of the same tree, or -1 for a tree root. */
  private record Forest(int trees, int[] parent) {
    static Forest random(Random random, int trees) {
      List<Integer> parents = new ArrayList<>();
      for (int t = 0; t < trees; t++) {
        int root = parents.size();
        parents.add(-1);
        int replies = random.nextInt(12);
        for (int r = 0; r < replies; r++) {
          parents.add(root + random.nextInt(parents.size() - root));
        }
      }
      return new Forest(trees, parents.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
      return parent.length;
    }

    String id(int i) {
      return "<CAF8bMca" + i + ".fsf@lists.r-project.org>";
    }

    int root(int i) {
      int r = i;
      while (parent[r] >= 0) {
        r = parent[r];
      }
      return r;
    }

    int nearestKept(int i, Set<Integer> missing) {
      int p = parent[i];
      while (p >= 0 && missing.contains(p)) {
        p = parent[p];
      }
      return p;
    }

    /**
     * The messages not in {@code missing}, each with a random header style: In-Reply-To only, the full References
     * path, or the last few References plus In-Reply-To. With missing messages every message carries the full path, as
     * only References can bridge a gap.
     */
    List<Message> messages(Random random, Set<Integer> missing) {
      List<Message> out = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        if (missing.contains(i)) {
          continue;
        }
        String subject = (parent[i] < 0 ? "" : "Re: ") + "[R] question number " + root(i);
        Message.Builder b = Message.builder("text " + i).id(id(i)).header("Subject", subject)
            .timestamp(T0.plusSeconds(random.nextInt(100_000)));
        if (parent[i] >= 0) {
          List<String> path = new ArrayList<>();
          for (int a = parent[i]; a >= 0; a = parent[a]) {
            path.add(0, id(a));
          }
          int style = missing.isEmpty() ? random.nextInt(3) : 1;
          if (style == 0) {
            b.inReplyTo(id(parent[i]));
          } else if (style == 1) {
            b.references(path);
          } else {
            b.references(path.subList(Math.max(0, path.size() - 2), path.size())).inReplyTo(id(parent[i]));
          }
        }
        out.add(b.build());
      }
      return out;
    }
  }
}
