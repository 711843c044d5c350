package dev.comity.thread;

import dev.comity.spi.ParticipantHistory;
import dev.comity.spi.ThreadPost;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which authors of a thread are first-time or rare posters on the list. */
final class Newcomers {
  /** An author with fewer earlier posts on the list than this, when they first post in a thread, is a newcomer. */
  static final int RARE_POSTS = 3;

  private Newcomers() {}

  /** Each newcomer's first post in the thread, in thread time order. */
  static List<ThreadPost> firstPosts(List<ThreadPost> posts, ParticipantHistory history) {
    Set<String> seen = new HashSet<>();
    List<ThreadPost> out = new ArrayList<>();
    for (ThreadPost p : posts) {
      if (seen.add(p.authorKey()) && history.postsBefore(p.authorKey(), p.time()) < RARE_POSTS) {
        out.add(p);
      }
    }
    return out;
  }

  static String note(ThreadPost p, ParticipantHistory history) {
    int before = history.postsBefore(p.authorKey(), p.time());
    return before == 0 ? "first post on the list" : "newcomer: " + before + (before == 1 ? " earlier post" : " earlier posts");
  }
}
