package dev.comity.cli;

import static java.util.Objects.requireNonNull;

import dev.comity.api.Message;
import dev.comity.thread.Conversation;
import dev.comity.thread.Post;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic brigades for the thread evaluation: messages written from templates in this class (never dataset text),
 * injected into a real thread.
 *
 * <p>A brigade of {@code size} messages arrives within {@code window} after a target post (the thread's root, or a
 * random post): {@code round(size x newcomerShare)} messages come from new identities, the rest from authors of the
 * list's own archive (given by the caller); {@code round(size x duplicateShare)} messages follow one shared script with
 * light personal edits, the others are composed independently; with probability {@code linkShare} the first message
 * carries a link to a social platform or aggregator. Each message replies to the target post (70%) or to an earlier
 * brigade message, with References and a "Re:" subject as a mail client would write them. Deterministic for a seed.
 */
final class BrigadeGenerator {
  /** Which post the brigade aims at. */
  enum Target {
    ROOT,
    RANDOM
  }

  /**
   * @param size messages in the brigade, at least 1
   * @param window the brigade's messages fall in [t, t + window] after the target post's time t (plus up to an hour)
   * @param newcomerShare fraction of messages by identities new to the list, in [0, 1]
   * @param duplicateShare fraction of messages following one shared script, in [0, 1]
   * @param linkShare probability that the brigade carries a social-platform link, in [0, 1]
   * @param target which post is attacked
   */
  record Params(int size, Duration window, double newcomerShare, double duplicateShare, double linkShare,
      Target target) {
    Params {
      requireNonNull(window, "window");
      requireNonNull(target, "target");
      if (size < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("size must be >= 1 and window positive: " + size + ", " + window);
      }
      for (double share : new double[] {newcomerShare, duplicateShare, linkShare}) {
        if (!(share >= 0 && share <= 1)) {
          throw new IllegalArgumentException("shares must be in [0, 1]: " + share);
        }
      }
    }
  }

  private static final String[] FIRST = {
    "Alex", "Jordan", "Sam", "Taylor", "Chris", "Robin", "Casey", "Jamie", "Morgan", "Riley", "Drew", "Kai", "Noel",
    "Quinn", "Avery", "Devon", "Elliot", "Frankie", "Harper", "Jesse", "Lee", "Max", "Pat", "Rowan", "Sky"
  };
  private static final String[] LAST = {
    "Becker", "Novak", "Ferreira", "Kowalski", "Lindqvist", "Moreau", "Okafor", "Petrov", "Quintero", "Sato",
    "Tanaka", "Varga", "Weber", "Yilmaz", "Zhou", "Hale", "Ibsen", "Jansen", "Keller", "Marsh"
  };
  private static final String[] PROVIDERS = {"mailbox.example", "post.example", "inbox.example", "fastmail.example"};
  private static final String[] GREETINGS = {"", "Hi,\n\n", "Hello,\n\n", "Hi all,\n\n", "Dear list,\n\n"};
  private static final String[] SIGN_OFFS = {"", "\n\nRegards", "\n\nThanks", "\n\n-- \nsent from my phone", "\n\nBest"};
  /** Shared scripts: {T} is the target's name. */
  private static final String[] SCRIPTS = {
    "{T}, your decision to reject this change is frankly ridiculous. Hundreds of users depend on it and you"
        + " dismissed it without reading the proposal. Reverse it now and stop gatekeeping the project.",
    "I am here because this decision affects all of us. {T} is blocking a reasonable fix for no reason other than"
        + " ego. The maintainers owe the community an explanation and a revert, today.",
    "Unbelievable behaviour from {T} once again. The patch was fine, the reasoning was fine, and it was shot down"
        + " with a one line reply. Everyone reading this should make their voice heard until it is merged."
  };
  private static final String[] OPENERS = {
    "I rarely post here but I had to say something.", "Just read this whole thread and I am stunned.",
    "Adding my voice to this.", "Long time user, first time writing to the list.",
    "I cannot believe this is how the project treats contributors.", "This thread is painful to read."
  };
  private static final String[] COMPLAINTS = {
    "{T} keeps shutting down every proposal that is not his own idea.",
    "The way {T} answered was dismissive and, honestly, arrogant.",
    "{T}, you clearly did not even look at the benchmarks before saying no.",
    "It is absurd that one person can veto something so many of us need.",
    "Your reply reads like you could not care less about the people who use this.",
    "{T} seems to think users are an inconvenience."
  };
  private static final String[] DEMANDS = {
    "Please reconsider, and do it soon.", "Merge the patch and move on.",
    "Step aside if you are not willing to listen.", "We deserve a real answer, not another brush-off.",
    "Fix this already.", "Everyone affected should reply here and say so."
  };
  private static final String[] LINKS = {
    "https://www.reddit.com/r/rstats/comments/{N}/core_team_rejects_fix_again/",
    "https://news.ycombinator.com/item?id={N}",
    "https://fosstodon.org/@rstatsfan/{N}",
    "https://x.com/rstats_watch/status/{N}"
  };
  private static final String[] LINK_LINES = {
    "Saw this linked from {L} and had to chime in.", "Context for anyone arriving late: {L}",
    "This is being discussed over at {L} too."
  };

  private BrigadeGenerator() {}

  /**
   * The brigade's messages for {@code thread}, in time order.
   *
   * @param regulars authors (as the archive writes them) to use for the non-newcomer share; may be empty, in which case
   *     every message comes from a new identity
   */
  static List<Message> generate(Conversation thread, Params params, List<String> regulars, Random rng) {
    List<Post> dated = thread.posts().stream().filter(p -> p.message().timestamp().isPresent()).toList();
    if (dated.isEmpty()) {
      throw new IllegalArgumentException("thread " + thread.id() + " has no dated post");
    }
    Post target = params.target() == Target.ROOT ? dated.get(0) : dated.get(rng.nextInt(dated.size()));
    String targetName = displayName(target.message().author().orElse(""));
    Instant start = target.message().timestamp().get().plusSeconds(rng.nextInt(3600));
    long windowSeconds = params.window().toSeconds();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      times.add(start.plusSeconds((long) (rng.nextDouble() * windowSeconds)));
    }
    times.sort(null);
    int newcomers = (int) Math.round(params.size() * params.newcomerShare());
    int duplicates = (int) Math.round(params.size() * params.duplicateShare());
    String script = SCRIPTS[rng.nextInt(SCRIPTS.length)];
    String link = rng.nextDouble() < params.linkShare()
        ? LINKS[rng.nextInt(LINKS.length)].replace("{N}", Long.toString(10_000_000L + rng.nextInt(90_000_000)))
        : null;
    String subject = "Re: " + target.message().header("subject").stream().findFirst().orElse(thread.subject());
    String tag = Long.toHexString(rng.nextLong() & Long.MAX_VALUE);
    List<Message> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<List<String>> references = new ArrayList<>();
    List<String> targetRefs = new ArrayList<>(target.message().references());
    targetRefs.add(target.id());
    for (int i = 0; i < params.size(); i++) {
      String author = i < newcomers || regulars.isEmpty() ? newIdentity(rng, tag, i)
          : regulars.get(rng.nextInt(regulars.size()));
      String body = i < duplicates ? personalise(script, rng) : compose(rng);
      body = body.replace("{T}", targetName);
      if (i == 0 && link != null) {
        body = LINK_LINES[rng.nextInt(LINK_LINES.length)].replace("{L}", link) + "\n\n" + body;
      }
      List<String> refs;
      if (i == 0 || rng.nextDouble() < 0.7) {
        refs = targetRefs;
      } else {
        int parent = rng.nextInt(i);
        refs = new ArrayList<>(references.get(parent));
        refs.add(ids.get(parent));
      }
      String id = "<brigade." + tag + "." + i + "@generated.invalid>";
      out.add(Message.builder(body)
          .id(id)
          .author(author)
          .timestamp(times.get(i))
          .inReplyTo(refs.get(refs.size() - 1))
          .references(refs)
          .header("Subject", subject)
          .build());
      ids.add(id);
      references.add(refs);
    }
    return out;
  }

  private static String newIdentity(Random rng, String tag, int i) {
    String first = FIRST[rng.nextInt(FIRST.length)];
    String last = LAST[rng.nextInt(LAST.length)];
    return first + " " + last + " <" + first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "."
        + tag + i + "@" + PROVIDERS[rng.nextInt(PROVIDERS.length)] + ">";
  }

  /** The script with a greeting and sign-off of the writer's own, as people edit a text they were handed. */
  private static String personalise(String script, Random rng) {
    return GREETINGS[rng.nextInt(GREETINGS.length)] + script + SIGN_OFFS[rng.nextInt(SIGN_OFFS.length)];
  }

  private static String compose(Random rng) {
    return GREETINGS[rng.nextInt(GREETINGS.length)] + OPENERS[rng.nextInt(OPENERS.length)] + " "
        + COMPLAINTS[rng.nextInt(COMPLAINTS.length)] + " " + DEMANDS[rng.nextInt(DEMANDS.length)]
        + SIGN_OFFS[rng.nextInt(SIGN_OFFS.length)];
  }

  /** The name in {@code "addr (Name)"} or {@code "Name <addr>"}, else "the maintainer". */
  static String displayName(String from) {
    int paren = from.indexOf('(');
    int close = paren < 0 ? -1 : from.indexOf(')', paren);
    if (close > paren + 1) {
      return from.substring(paren + 1, close).strip();
    }
    int open = from.indexOf('<');
    if (open > 0) {
      return from.substring(0, open).replace("\"", "").strip();
    }
    return "the maintainer";
  }
}
