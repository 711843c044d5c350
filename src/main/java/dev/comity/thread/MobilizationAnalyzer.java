package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Span;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code external_mobilization}: a pointer to a social platform or aggregator in the thread, followed by an influx of
 * newcomers. Pointers are links (x.com, twitter.com, reddit.com, news.ycombinator.com, lobste.rs, bsky.app,
 * threads.net, LWN comment pages, Mastodon statuses on any instance: a {@code /@user/123} path or a host named
 * mastodon/mstdn/fosstodon/hachyderm...) and words in the message's own prose that point at them ("reddit", "Hacker
 * News", "tweeted", "the fediverse"...).
 *
 * <p>Score = clamp(p + 0.7 x min(1, n / 6)): p = 0.3 for a link, 0.2 for words only; n = newcomers ({@link Newcomers})
 * whose first post comes at or after the first pointer and within {@link #INFLUX} of it. A pointer with no influx
 * stays low (0.2-0.3); six newcomers after a link reach 1.
 */
final class MobilizationAnalyzer implements ThreadAnalyzer {
  static final String KIND = "external_mobilization";
  static final Duration INFLUX = Duration.ofHours(72);
  private static final Set<String> HOSTS =
      Set.of(
          "x.com", "twitter.com", "reddit.com", "redd.it", "news.ycombinator.com", "lobste.rs", "bsky.app",
          "threads.net", "facebook.com", "linkedin.com", "mastodon.social", "fosstodon.org", "hachyderm.io",
          "infosec.exchange", "floss.social", "mas.to", "mstdn.social", "t.co");
  private static final Set<String> HOST_WORDS = Set.of("mastodon", "mstdn", "fosstodon", "hachyderm");
  private static final Set<String> WORDS =
      Set.of(
          "reddit", "subreddit", "twitter", "tweet", "tweets", "tweeted", "retweet", "retweeted", "mastodon",
          "fediverse", "toot", "tooted", "lobsters", "bluesky", "hackernews");
  /** Two-word pointers, first word to second. */
  private static final Map<String, Set<String>> PAIRS =
      Map.of("hacker", Set.of("news"), "on", Set.of("hn"), "from", Set.of("hn"), "the", Set.of("hn"));
  private static final List<String> PREFIXES = List.of("www.", "old.", "mobile.", "m.");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    Map<ThreadPost, List<Span>> pointers = new LinkedHashMap<>();
    boolean link = false;
    for (ThreadPost p : context.posts()) {
      PostText text = PostText.of(p.message().text());
      List<Span> spans = new ArrayList<>();
      for (Span u : text.urls()) {
        if (isPlatformLink(u.coveredText(text.text()))) {
          spans.add(u);
          link = true;
        }
      }
      spans.addAll(pointerWords(text));
      if (!spans.isEmpty()) {
        pointers.put(p, spans);
      }
    }
    if (pointers.isEmpty()) {
      return List.of();
    }
    Instant first = pointers.keySet().iterator().next().time();
    List<ThreadPost> influx = new ArrayList<>();
    for (ThreadPost p : Newcomers.firstPosts(context.posts(), context.history())) {
      if (!p.time().isBefore(first) && !p.time().isAfter(first.plus(INFLUX))) {
        influx.add(p);
      }
    }
    double score = (link ? 0.3 : 0.2) + 0.7 * Math.min(1.0, influx.size() / 6.0);
    List<Evidence> evidence = new ArrayList<>();
    Instant end = first;
    for (Map.Entry<ThreadPost, List<Span>> e : pointers.entrySet()) {
      evidence.add(Signals.evidence(e.getKey(), e.getValue(), "points at a social platform or aggregator"));
      end = e.getKey().time().isAfter(end) ? e.getKey().time() : end;
    }
    for (ThreadPost p : influx) {
      if (!pointers.containsKey(p)) {
        evidence.add(Signals.evidence(p, Newcomers.note(p, context.history()) + ", after the pointer"));
      }
      end = p.time().isAfter(end) ? p.time() : end;
    }
    String explanation = (link ? "a link to" : "words pointing at") + " a social platform or aggregator, then "
        + influx.size() + (influx.size() == 1 ? " newcomer" : " newcomers") + " within " + Signals.hours(INFLUX);
    return List.of(Signals.signal(KIND, score, first, end, evidence, explanation));
  }

  static boolean isPlatformLink(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String host = uri.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String fragment = uri.getRawFragment() == null ? "" : uri.getRawFragment().toLowerCase(Locale.ROOT);
    String bare = host;
    for (String prefix : PREFIXES) {
      if (bare.startsWith(prefix)) {
        bare = bare.substring(prefix.length());
        break;
      }
    }
    if (HOSTS.contains(bare)) {
      return true;
    }
    if (bare.equals("lwn.net")) {
      return path.contains("/Articles/") && (fragment.startsWith("comment") || path.contains("comment"));
    }
    for (String part : bare.split("\\.")) {
      if (HOST_WORDS.contains(part)) {
        return true;
      }
    }
    return isMastodonStatus(path);
  }

  /** A {@code /@user/123456} path: how every Mastodon instance names a status. */
  private static boolean isMastodonStatus(String path) {
    if (!path.startsWith("/@")) {
      return false;
    }
    int slash = path.indexOf('/', 2);
    if (slash < 3 || slash == path.length() - 1) {
      return false;
    }
    for (int i = slash + 1; i < path.length(); i++) {
      if (!Character.isDigit(path.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<Span> pointerWords(PostText text) {
    List<Span> words = text.words();
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).coveredText(text.text()).toLowerCase(Locale.ROOT);
      if (WORDS.contains(w)) {
        out.add(words.get(i));
      } else if (i + 1 < words.size() && PAIRS.getOrDefault(w, Set.of()).contains(
          words.get(i + 1).coveredText(text.text()).toLowerCase(Locale.ROOT))) {
        // Only as written together: "Hacker News", not "hacker ... news" across a line break with text between.
        Span next = words.get(i + 1);
        if (next.start() - words.get(i).end() == 1) {
          out.add(new Span(words.get(i).start(), next.end()));
          i++;
        }
      }
    }
    return out;
  }
}
