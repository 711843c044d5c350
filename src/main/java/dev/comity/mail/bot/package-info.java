/**
 * The IMAP moderation bot: {@link dev.comity.mail.bot.ImapBot} watches one IMAP folder (IDLE, or polling where the
 * server lacks it), scores each new message, tags flagged ones with a keyword and optionally moves them to a review
 * folder, and mails moderators a digest of the findings. Configuration is a properties file read by
 * {@link dev.comity.mail.bot.BotConfig}; progress lives in a SQLite file ({@code ProgressStore}) so that a crash or
 * restart neither skips nor repeats a message.
 *
 * <p>Exactly-once: messages are handled in UID order and the store keeps, per folder and UIDVALIDITY, the last UID
 * whose handling finished. Every step for one message is idempotent or guarded: the digest entry is queued under the
 * message's (folder, UIDVALIDITY, UID) key before anything touches the server, the keyword is set next (setting a flag
 * twice changes nothing, and a message that carries it is not scored or queued again), the move is atomic (RFC 6851
 * MOVE) and removes the message from the watched folder, and only then is the UID recorded. A digest is marked sent
 * after the SMTP server accepted it; if the process dies in between, it is sent again with the same Message-ID.
 *
 * <p>Thread alerts: every handled message also goes to a {@link dev.comity.thread.ThreadWatch} over an SQLite
 * participant history (which ignores a message it has recorded, so a redone message is not counted twice). An alert
 * is queued in the store before it is mailed, keyed by the thread's root Message-ID and the time of the episode's
 * latest post, so one raised again within the same episode (after a restart, or a message redone after a crash) is
 * recognised and not sent twice. A restarted bot replays the last 72 hours of handled mail into the watch to rebuild
 * its open threads.
 */
package dev.comity.mail.bot;
