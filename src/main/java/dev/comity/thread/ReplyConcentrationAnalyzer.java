package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Finding;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code reply_concentration}: many distinct authors replying to, or addressing, the same person within a window,
 * weighted by the tone of those messages. A message aims at its parent's author, and at any other author of the thread
 * whose display name (two words or more) its prose spells out.
 *
 * <p>For each target and window, every distinct other author counts 0.25 + 0.75 x (the highest tone of their messages
 * at the target in the window; tone = report score). Score = clamp(sum / 6) for the heaviest target and window, with
 * at least {@link #MIN_AUTHORS} authors: eight hostile replies (tone 0.65) reach about 1, four civil ones 0.17.
 */
final class ReplyConcentrationAnalyzer implements ThreadAnalyzer {
  static final String KIND = "reply_concentration";
  static final int MIN_AUTHORS = 3;

  private final Duration window;

  ReplyConcentrationAnalyzer(Duration window) {
    this.window = window;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    List<ThreadPost> posts = context.posts();
    Map<String, ThreadPost> byId = new HashMap<>();
    Map<String, String> names = new LinkedHashMap<>(); // author key -> lower-cased display name worth matching
    for (ThreadPost p : posts) {
      byId.put(Threader.key(p.id()), p);
      String name = displayName(p.author());
      if (name.indexOf(' ') > 0 && name.length() >= 5) {
        names.putIfAbsent(p.authorKey(), name);
      }
    }
    Map<String, List<ThreadPost>> aimedAt = new LinkedHashMap<>();
    for (ThreadPost p : posts) {
      List<String> targets = new ArrayList<>();
      ThreadPost parent = p.parentId().map(id -> byId.get(Threader.key(id))).orElse(null);
      if (parent != null && !parent.authorKey().equals(p.authorKey())) {
        targets.add(parent.authorKey());
      }
      if (!names.isEmpty()) {
        String prose = prose(p);
        names.forEach((key, name) -> {
          if (!key.equals(p.authorKey()) && !targets.contains(key) && prose.contains(name)) {
            targets.add(key);
          }
        });
      }
      targets.forEach(t -> aimedAt.computeIfAbsent(t, k -> new ArrayList<>()).add(p));
    }
    Best best = null;
    for (Map.Entry<String, List<ThreadPost>> e : aimedAt.entrySet()) {
      List<ThreadPost> aimed = e.getValue();
      int start = 0;
      for (int end = 0; end < aimed.size(); end++) {
        Instant limit = aimed.get(end).time().minus(window);
        while (aimed.get(start).time().isBefore(limit)) {
          start++;
        }
        Map<String, Double> tone = new LinkedHashMap<>();
        for (ThreadPost p : aimed.subList(start, end + 1)) {
          tone.merge(p.authorKey(), p.report().score(), Math::max);
        }
        if (tone.size() < MIN_AUTHORS) {
          continue;
        }
        double sum = tone.values().stream().mapToDouble(t -> 0.25 + 0.75 * t).sum();
        if (best == null || sum > best.sum) {
          best = new Best(e.getKey(), aimed.subList(start, end + 1), tone.size(), sum);
        }
      }
    }
    if (best == null) {
      return List.of();
    }
    String target = "";
    for (ThreadPost p : posts) {
      if (p.authorKey().equals(best.target)) {
        target = p.author();
        break;
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (ThreadPost p : best.posts) {
      evidence.add(Signals.evidence(p, p.report().findings().stream().map(Finding::span).toList(),
          "aimed at " + displayOrAnonymous(target) + ", tone " + Signals.format(p.report().score())));
    }
    String explanation = best.authors + " different authors aimed " + best.posts.size() + " messages at "
        + displayOrAnonymous(target) + " within " + Signals.hours(window) + " (tone-weighted count "
        + Signals.format(best.sum) + ")";
    return List.of(Signals.signal(KIND, best.sum / 6, best.posts.get(0).time(),
        best.posts.get(best.posts.size() - 1).time(), evidence, explanation));
  }

  private record Best(String target, List<ThreadPost> posts, int authors, double sum) {}

  private static String displayOrAnonymous(String author) {
    return author.isEmpty() ? "one author" : author;
  }

  private static String prose(ThreadPost p) {
    PostText text = PostText.of(p.message().text());
    StringBuilder s = new StringBuilder();
    text.prose().forEach(span -> s.append(span.coveredText(text.text())).append('\n'));
    return s.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The name part of a From value, lower-cased: {@code "Jane Doe <jane@x.org>"} and pipermail's {@code "jane at x.org
   * (Jane Doe)"} both give {@code "jane doe"}; a bare address gives "".
   */
  static String displayName(String from) {
    String s = from.strip();
    int open = s.indexOf('<');
    int paren = s.indexOf('(');
    String name;
    if (open > 0) {
      name = s.substring(0, open);
    } else if (paren >= 0 && s.indexOf(')', paren) > paren) {
      name = s.substring(paren + 1, s.indexOf(')', paren));
    } else {
      return "";
    }
    name = name.replace("\"", "").strip().toLowerCase(Locale.ROOT);
    return name.contains("@") ? "" : name;
  }
}
