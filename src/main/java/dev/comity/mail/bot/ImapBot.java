package dev.comity.mail.bot;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import dev.comity.api.ConfigurationException;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.Verdict;
import dev.comity.mail.MailLimits;
import dev.comity.mail.MailParser;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.ParticipantStore;
import dev.comity.thread.ThreadAlert;
import dev.comity.thread.ThreadWatch;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.SearchTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Watches one IMAP folder and acts on the messages a {@link Moderator} flags: sets a keyword, optionally moves them to
 * a review folder, and mails a digest to the moderators. With thread alerts on, every message also joins a {@link
 * ThreadWatch}, and a thread that crosses the brigading or pile-on threshold is mailed to the moderators at once, once
 * per episode. {@link #run()} loops until {@link #stop()}: it handles new
 * messages in UID order, then waits with IDLE (or polls), and reconnects with exponential backoff when the connection
 * drops. Progress is kept in a {@link ProgressStore}, so a crash or restart neither skips nor repeats a message (see
 * the package documentation for how).
 *
 * <p>{@link #run()} and {@link #pass()} must be called from one thread; {@link #stop()} from any. Logs go to
 * {@link System.Logger} (java.util.logging unless the application installs another backend); they hold UIDs,
 * verdicts and rule ids, never credentials or message text.
 */
public final class ImapBot implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ImapBot.class.getName());

  /** RFC 2177 asks clients to re-issue IDLE at least every 29 minutes; renewing sooner also notices dead links. */
  static final Duration IDLE_RENEWAL = Duration.ofMinutes(9);

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);

  /** The steps of handling one message, in order; a {@link Checkpoint} sees each one. */
  enum Stage {
    /** The digest entry is in the store. */
    QUEUED,
    /** The keyword is set on the server. */
    TAGGED,
    /** The message is in the review folder. */
    MOVED,
    /** The store records the UID as handled. */
    HANDLED
  }

  /** Told of each step as it completes; lets tests stop the bot at an exact point, as a crash would. */
  interface Checkpoint {
    void reached(Stage stage, long uid);
  }

  private final BotConfig config;
  private final Moderator moderator;
  private final Checkpoint checkpoint;
  private final Clock clock;
  private final ProgressStore store;
  private final Optional<DigestMailer> mailer;
  /** The participant history and the watch over live threads, when thread alerts are on. */
  private final Optional<ParticipantStore> participants;
  private final Optional<ThreadWatch> watch;
  private final Session session;
  private final String actions;
  private final ScheduledExecutorService waker;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private volatile boolean stopping;
  /** The folder while {@link #run()} may be in IDLE, so that {@link #stop()} can end the IDLE. */
  private volatile IMAPFolder idling;

  private IMAPStore imap;
  private IMAPFolder folder;
  private Folder review;
  private boolean idle;
  private boolean connectedOnce;
  /** Whether this process has rebuilt the thread watch from recent mail yet. */
  private boolean replayed;
  private Instant nextDigestAttempt = Instant.MIN;
  private Duration digestBackoff = FIRST_BACKOFF;

  /**
   * A bot that scores with {@code moderator}. Opens (or creates) the progress store.
   *
   * @throws StoreException when the store cannot be opened
   */
  public ImapBot(BotConfig config, Moderator moderator) {
    this(config, moderator, (stage, uid) -> {}, Clock.systemUTC());
  }

  ImapBot(BotConfig config, Moderator moderator, Checkpoint checkpoint, Clock clock) {
    this.config = config;
    this.moderator = moderator;
    this.checkpoint = checkpoint;
    this.clock = clock;
    this.store = ProgressStore.open(config.storeFile());
    this.mailer = config.digest().map(d -> new DigestMailer(d, config.folder(), config.imap().host()));
    if (config.threadAlerts().isPresent() && mailer.isPresent()) {
      BotConfig.ThreadAlerts alerts = config.threadAlerts().get();
      ParticipantStore history;
      try {
        history = ParticipantStore.sqlite(alerts.history());
      } catch (IOException e) {
        store.close();
        throw new StoreException("cannot open the participant history: " + e.getMessage(), e);
      }
      try {
        this.watch = Optional.of(ThreadWatch.create(history, AuthorKeys.loadOrCreate(alerts.keyFile()), clock));
      } catch (IOException e) {
        closeQuietly(history);
        store.close();
        throw new StoreException("cannot read or create the author key " + alerts.keyFile() + ": " + e.getMessage(),
            e);
      }
      this.participants = Optional.of(history);
    } else {
      this.participants = Optional.empty();
      this.watch = Optional.empty();
    }
    this.session = Session.getInstance(MailSessions.properties("imap", config.imap()));
    this.actions = "tagged " + config.keyword() + config.moveTo().map(f -> ", moved to " + f).orElse("");
    this.waker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "comity-bot-waker");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Handles new messages and waits for more, until {@link #stop()}. Returns after the message being handled when
   * {@code stop} was called is finished.
   *
   * @throws MessagingException when the first connection fails (later failures are retried with backoff)
   * @throws ConfigurationException when the server cannot do what the configuration asks (no keywords, no MOVE)
   * @throws StoreException when the progress store fails
   */
  public void run() throws MessagingException {
    Duration backoff = FIRST_BACKOFF;
    while (!stopping) {
      try {
        pass();
        backoff = FIRST_BACKOFF;
        await();
      } catch (MessagingException | IllegalStateException e) {
        // Jakarta Mail reports a folder or store closed under us (by the server, or a failed NOOP on the waker
        // thread) as IllegalStateException on the next call.
        if (!connectedOnce) {
          throw e;
        }
        if (stopping) {
          break;
        }
        LOG.log(WARNING, "IMAP connection to {0} failed ({1}); reconnecting in {2} s",
            config.imap().host(), describe(e), backoff.toSeconds());
        disconnect();
        sleep(backoff);
        backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
      }
    }
    LOG.log(INFO, "stopped");
  }

  /**
   * Connects if needed, handles every message that arrived since the last pass, and sends the digests that are due.
   *
   * @return how many messages were handled
   */
  public int pass() throws MessagingException {
    IMAPFolder f = open();
    // Makes servers report mail that arrived while we were not idling.
    f.doCommand(p -> {
      p.noop();
      return null;
    });
    long validity = f.getUIDValidity();
    boolean resumed = store.progress(config.folder()).isPresent();
    long last = startingPoint(f, validity);
    if (!replayed) {
      // Set only once done: a replay cut short by a lost connection is redone, and the watch ignores the repeats.
      if (resumed) {
        replay(f, last);
      }
      replayed = true;
    }
    Message[] messages = f.getMessagesByUID(last + 1, UIDFolder.MAXUID);
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    profile.add(FetchProfile.Item.FLAGS);
    profile.add(FetchProfile.Item.SIZE);
    f.fetch(messages, profile);
    int handled = 0;
    for (Message m : messages) {
      if (stopping) {
        break;
      }
      long uid = f.getUID(m);
      // "n:*" always matches the highest UID, even below n.
      if (uid > last) {
        handle(f, validity, m, uid);
        handled++;
      }
    }
    sendDigests();
    return handled;
  }

  /** Asks {@link #run()} to return after the current message; callable from any thread, e.g. a shutdown hook. */
  public void stop() {
    stopping = true;
    stopped.countDown();
    try {
      // Repeated, because run() may enter IDLE just after one wake-up went out.
      waker.scheduleWithFixedDelay(
          () -> {
            IMAPFolder f = idling;
            if (f != null) {
              wake(f);
            }
          },
          0, 200, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Already closed: nothing is running to stop.
    }
  }

  /** Disconnects and closes the progress store and the participant history. */
  @Override
  public void close() {
    waker.shutdownNow();
    disconnect();
    participants.ifPresent(ImapBot::closeQuietly);
    store.close();
  }

  private static void closeQuietly(ParticipantStore history) {
    try {
      history.close();
    } catch (IOException e) {
      LOG.log(WARNING, "closing the participant history failed: {0}", describe(e));
    }
  }

  private IMAPFolder open() throws MessagingException {
    if (folder != null && folder.isOpen()) {
      return folder;
    }
    disconnect();
    BotConfig.Server server = config.imap();
    IMAPStore s = (IMAPStore) session.getStore("imap");
    s.connect(server.host(), server.port(), server.user().orElse(null),
        server.password().map(Secret::reveal).orElse(null));
    imap = s;
    IMAPFolder f = (IMAPFolder) s.getFolder(config.folder());
    if (!f.exists()) {
      throw new ConfigurationException(List.of(
          "imap.folder: there is no folder " + config.folder() + " on " + server.host()));
    }
    f.open(Folder.READ_WRITE);
    Flags permanent = f.getPermanentFlags();
    if (!permanent.contains(Flags.Flag.USER) && !permanent.contains(config.keyword())) {
      throw new ConfigurationException(List.of(
          "bot.keyword: " + server.host() + " does not let clients set keywords on " + config.folder()));
    }
    review = null;
    if (config.moveTo().isPresent()) {
      if (!s.hasCapability("MOVE")) {
        throw new ConfigurationException(List.of(
            "bot.move-to: " + server.host() + " lacks the IMAP MOVE extension (RFC 6851), without which a move"
                + " cannot be made atomic; drop bot.move-to and rely on the keyword"));
      }
      review = s.getFolder(config.moveTo().get());
      if (!review.exists()) {
        review.create(Folder.HOLDS_MESSAGES);
        LOG.log(INFO, "created the review folder {0}", review.getFullName());
      }
    }
    idle = config.idle() && s.hasCapability("IDLE");
    if (idle) {
      // Mail that arrives between a pass and the start of IDLE is announced before the server's go-ahead, where
      // Angus only counts it; the event it fires lets us leave the IDLE at once instead of at the next renewal.
      f.addMessageCountListener(
          new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent e) {
              try {
                waker.execute(() -> wake(f));
              } catch (RejectedExecutionException closed) {
                // The bot is closing; there is nothing to wake.
              }
            }
          });
    }
    folder = f;
    connectedOnce = true;
    LOG.log(INFO, "watching {0} on {1} ({2})", config.folder(), server.host(),
        idle ? "IDLE" : "polling every " + config.pollInterval().toSeconds() + " s");
    return f;
  }

  /** The last UID already handled under {@code validity}; starts or restarts the folder's progress as needed. */
  private long startingPoint(IMAPFolder f, long validity) throws MessagingException {
    Optional<ProgressStore.Progress> progress = store.progress(config.folder());
    if (progress.isEmpty()) {
      long start = config.backlog() ? 0 : Math.max(0, f.getUIDNext() - 1);
      store.start(config.folder(), validity, start);
      LOG.log(INFO, "first run on {0}: {1}", config.folder(),
          config.backlog() ? "handling the messages already there" : "handling messages after UID " + start);
      return start;
    }
    if (progress.get().uidValidity() != validity) {
      LOG.log(WARNING, "UIDVALIDITY of {0} changed from {1} to {2}: the server renumbered its messages, so the"
              + " recorded UIDs no longer name them; rescanning the folder, and messages that carry {3} are not"
              + " flagged again",
          config.folder(), Long.toString(progress.get().uidValidity()), Long.toString(validity), config.keyword());
      store.start(config.folder(), validity, 0);
      return 0;
    }
    return progress.get().lastUid();
  }

  /**
   * Handles one message. Each step can be repeated after a crash without a second effect: the queue ignores a second
   * entry for the same UID, a message that already carries the keyword is not scored or queued again, and the move
   * takes the message out of this folder, so it cannot be moved twice.
   */
  private void handle(IMAPFolder f, long validity, Message m, long uid) throws MessagingException {
    try {
      boolean tagged = m.getFlags().contains(config.keyword());
      if (!tagged) {
        Optional<String> entry = assess(m, uid);
        if (entry.isPresent()) {
          if (mailer.isPresent()) {
            store.queue(config.folder(), validity, uid, clock.instant(), entry.get());
          }
          checkpoint.reached(Stage.QUEUED, uid);
          m.setFlags(new Flags(config.keyword()), true);
          checkpoint.reached(Stage.TAGGED, uid);
          tagged = true;
        }
      }
      if (tagged && review != null) {
        f.moveMessages(new Message[] {m}, review);
        checkpoint.reached(Stage.MOVED, uid);
      }
    } catch (MessageRemovedException e) {
      // Someone else deleted or moved it first: nothing left to act on.
      LOG.log(INFO, "UID {0} disappeared before it was handled", Long.toString(uid));
    }
    store.handled(config.folder(), validity, uid);
    checkpoint.reached(Stage.HANDLED, uid);
  }

  /** The digest entry when {@code m} is at or above the configured verdict, or could not be scored; else empty. */
  private Optional<String> assess(Message m, long uid) throws MessagingException {
    String archive = config.digest().flatMap(BotConfig.Digest::archiveUrl).orElse(null);
    Optional<String> archiveUrl = Optional.ofNullable(archive);
    if (m.getSize() > config.maxMessageBytes()) {
      LOG.log(WARNING, "UID {0}: {1} bytes, over bot.max-message-bytes; flagged for a person to read",
          Long.toString(uid), Integer.toString(m.getSize()));
      dev.comity.api.Message head = headersOnly(m);
      watch(head, unscored(head), "UID " + uid);
      return Optional.of(DigestEntry.unscored(head, "the message is larger than "
          + config.maxMessageBytes() + " bytes (bot.max-message-bytes)", actions, archiveUrl));
    }
    MailParser.Parsed parsed = read(m, uid);
    dev.comity.api.Message message = parsed.message();
    Report report;
    try {
      report = moderator.check(message);
      if (parsed.truncated()) {
        report = report.asTruncated();
      }
    } catch (RuntimeException e) {
      // check() does not throw on content; a bug must still not hide a message from the moderators.
      LOG.log(ERROR, "UID " + uid + ": scoring failed; flagged for a person to read", e);
      watch(message, unscored(message), "UID " + uid);
      return Optional.of(DigestEntry.unscored(message, "internal error " + e.getClass().getSimpleName(), actions,
          archiveUrl));
    }
    watch(message, report, "UID " + uid);
    if (!report.verdict().atLeast(config.verdict())) {
      LOG.log(DEBUG, "UID {0}: {1}", Long.toString(uid), report.verdict());
      return Optional.empty();
    }
    LOG.log(INFO, "UID {0}: {1} (score {2}) {3}", Long.toString(uid), report.verdict(),
        String.format(Locale.ROOT, "%.3f", report.score()),
        report.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(", ")));
    return Optional.of(DigestEntry.scored(message, report, actions, archiveUrl));
  }

  /**
   * Adds the message to the thread watch, if on, and queues the alert it raises unless the store already holds one for
   * this thread's episode: after a restart the watch has forgotten that it alerted, and after a crash mid-message it
   * sees the message again. The thread is named by its root's Message-ID, which replies carry in their References, so
   * it is the same before and after a restart.
   */
  private void watch(dev.comity.api.Message message, Report report, String source) {
    if (watch.isEmpty()) {
      return;
    }
    Optional<ThreadAlert> alert = watch.get().add(message, report);
    Instant post = message.timestamp().orElse(clock.instant());
    if (alert.isEmpty()) {
      message.id().flatMap(watch.get()::report).ifPresent(r -> store.threadPost(r.threadId(), post));
      return;
    }
    ThreadAlert a = alert.get();
    String kinds = a.verdicts().stream()
        .map(v -> v.kind() + " " + String.format(Locale.ROOT, "%.2f", v.score()))
        .collect(Collectors.joining(", "));
    boolean queued = store.queueAlert(a.report().threadId(), post, ThreadWatch.DEFAULT_QUIET_PERIOD, clock.instant(),
        ThreadAlertMail.subject(a, config.folder()),
        ThreadAlertMail.body(a, config.folder(), config.imap().host(), watch.get()::message));
    if (queued) {
      LOG.log(INFO, "{0}: thread {1} crossed the alert threshold ({2}); alert queued", source,
          a.report().threadId(), kinds);
    } else {
      LOG.log(INFO, "{0}: thread {1} crossed the alert threshold ({2}) again within an episode already alerted"
          + " (the bot restarted since); no second alert", source, a.report().threadId(), kinds);
    }
  }

  /**
   * Rebuilds the thread watch after a restart, which lost its open threads: the messages handled before (UID up to
   * {@code last}) that arrived within the last quiet period, and those in the review folder, go through the watch
   * again in date order. The participant history already holds them and ignores them; an alert they raise is queued
   * only if the store holds none for that thread's episode, i.e. when a crash came between the watch and the queue.
   */
  private void replay(IMAPFolder f, long last) throws MessagingException {
    if (watch.isEmpty()) {
      return;
    }
    SearchTerm since = new ReceivedDateTerm(ComparisonTerm.GE,
        Date.from(clock.instant().minus(ThreadWatch.DEFAULT_QUIET_PERIOD)));
    List<dev.comity.api.Message> messages = new ArrayList<>();
    List<Message> recent = new ArrayList<>();
    for (Message m : f.search(since)) {
      if (f.getUID(m) <= last) {
        recent.add(m);
      }
    }
    readAll(f, recent.toArray(new Message[0]), messages);
    if (review != null) {
      review.open(Folder.READ_ONLY);
      try {
        readAll((UIDFolder) review, review.search(since), messages);
      } finally {
        review.close(false);
      }
    }
    messages.sort(Comparator.comparing((dev.comity.api.Message m) -> m.timestamp().orElse(Instant.MAX)));
    for (dev.comity.api.Message message : messages) {
      Report report;
      try {
        report = moderator.check(message);
      } catch (RuntimeException e) {
        report = unscored(message);
      }
      watch(message, report, "replay");
    }
    LOG.log(INFO, "replayed {0} messages of the last {1} h into the thread watch", messages.size(),
        ThreadWatch.DEFAULT_QUIET_PERIOD.toHours());
  }

  /** Parses {@code found}, headers only for those over the size limit. */
  private void readAll(UIDFolder folder, Message[] found, List<dev.comity.api.Message> out)
      throws MessagingException {
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    profile.add(FetchProfile.Item.SIZE);
    ((Folder) folder).fetch(found, profile);
    for (Message m : found) {
      try {
        out.add(m.getSize() > config.maxMessageBytes() ? headersOnly(m) : read(m, folder.getUID(m)).message());
      } catch (MessageRemovedException e) {
        // Gone since the search: nothing to replay.
      }
    }
  }

  /** Reads and parses the whole message, within the default mail limits. */
  private static MailParser.Parsed read(Message m, long uid) throws MessagingException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(m.getSize(), 0));
    try {
      m.writeTo(raw);
    } catch (IOException e) {
      throw new MessagingException("reading UID " + uid + " failed", e);
    }
    return MailParser.parse(raw.toByteArray(), MailLimits.DEFAULT);
  }

  /** The report of a message that was not scored: it still counts for who posts when in its thread. */
  private static Report unscored(dev.comity.api.Message message) {
    return new Report(message.id(), Verdict.OK, 0, Map.of(), List.of(), false, List.of(), Map.of());
  }

  /** A message of only the headers of {@code m}, for the digest entry of a message too large to read. */
  private static dev.comity.api.Message headersOnly(Message m) throws MessagingException {
    StringBuilder head = new StringBuilder();
    for (String line : Collections.list(((MimeMessage) m).getAllHeaderLines())) {
      head.append(line).append("\r\n");
    }
    head.append("\r\n");
    return MailParser.parse(head.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Sends queued thread alerts at once; on failure retries later, as digests. */
  private boolean sendAlerts() {
    for (ProgressStore.Alert alert : store.pendingAlerts()) {
      Instant now = clock.instant();
      if (now.isBefore(nextDigestAttempt)) {
        return false;
      }
      try {
        mailer.orElseThrow().send(alert, now);
      } catch (MessagingException e) {
        nextDigestAttempt = now.plus(digestBackoff);
        LOG.log(WARNING, "thread alert not sent ({0}); it stays queued, next try in {1} s", describe(e),
            digestBackoff.toSeconds());
        digestBackoff = min(digestBackoff.multipliedBy(2), MAX_BACKOFF);
        return false;
      }
      store.alertSent(alert, clock.instant());
      digestBackoff = FIRST_BACKOFF;
      LOG.log(INFO, "sent a thread alert");
    }
    return true;
  }

  /**
   * Sends queued thread alerts, then full digest batches and a partial one whose oldest entry has waited long enough;
   * on failure retries later.
   */
  private void sendDigests() {
    if (mailer.isEmpty() || !sendAlerts()) {
      return;
    }
    BotConfig.Digest digest = config.digest().orElseThrow();
    while (true) {
      Instant now = clock.instant();
      List<ProgressStore.Queued> batch = store.pending(digest.batchSize());
      if (batch.isEmpty() || now.isBefore(nextDigestAttempt)) {
        return;
      }
      boolean due = batch.size() >= digest.batchSize() || !batch.get(0).queuedAt().plus(digest.maxDelay()).isAfter(now);
      if (!due) {
        return;
      }
      try {
        mailer.get().send(batch, now);
      } catch (MessagingException e) {
        nextDigestAttempt = now.plus(digestBackoff);
        LOG.log(WARNING, "digest of {0} entries not sent ({1}); it stays queued, next try in {2} s",
            batch.size(), describe(e), digestBackoff.toSeconds());
        digestBackoff = min(digestBackoff.multipliedBy(2), MAX_BACKOFF);
        return;
      }
      store.sent(batch, clock.instant());
      digestBackoff = FIRST_BACKOFF;
      LOG.log(INFO, "sent a digest of {0} entries", batch.size());
    }
  }

  /** Waits for new mail (IDLE, or the poll interval), a digest coming due, or {@link #stop()}. */
  private void await() throws MessagingException {
    Duration wait = idle ? IDLE_RENEWAL : config.pollInterval();
    Optional<Instant> digestDue = digestDue();
    if (digestDue.isPresent()) {
      wait = min(wait, Duration.between(clock.instant(), digestDue.get()));
    }
    if (wait.compareTo(SHORTEST_WAIT) < 0) {
      wait = SHORTEST_WAIT;
    }
    if (!idle) {
      sleep(wait);
      return;
    }
    IMAPFolder f = folder;
    ScheduledFuture<?> renewal = waker.schedule(() -> wake(f), wait.toMillis(), TimeUnit.MILLISECONDS);
    idling = f;
    try {
      if (!stopping) {
        f.idle(true);
      }
    } finally {
      idling = null;
      renewal.cancel(false);
    }
  }

  /** When the oldest queued digest entry (or a thread alert that failed to go out) is due, if any is queued. */
  private Optional<Instant> digestDue() {
    if (config.digest().isEmpty()) {
      return Optional.empty();
    }
    if (!store.pendingAlerts().isEmpty()) {
      return Optional.of(nextDigestAttempt);
    }
    List<ProgressStore.Queued> oldest = store.pending(1);
    if (oldest.isEmpty()) {
      return Optional.empty();
    }
    Instant due = oldest.get(0).queuedAt().plus(config.digest().get().maxDelay());
    return Optional.of(due.isBefore(nextDigestAttempt) ? nextDigestAttempt : due);
  }

  /** Ends an IDLE from another thread: any command on the folder makes Angus send DONE first. */
  private static void wake(IMAPFolder f) {
    try {
      f.doCommand(p -> {
        p.noop();
        return null;
      });
    } catch (MessagingException | IllegalStateException e) {
      // The folder closed under us; run() notices and reconnects or stops.
      LOG.log(DEBUG, "waking the IDLE failed: {0}", describe(e));
    }
  }

  private void sleep(Duration d) {
    try {
      stopped.await(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }

  private void disconnect() {
    IMAPStore s = imap;
    folder = null;
    review = null;
    imap = null;
    if (s != null) {
      try {
        s.close();
      } catch (MessagingException e) {
        LOG.log(DEBUG, "closing the IMAP connection failed: {0}", describe(e));
      }
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
