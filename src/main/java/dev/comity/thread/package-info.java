/**
 * Conversations and what happens in them. {@link dev.comity.thread.Threader} rebuilds reply trees from Message-ID,
 * In-Reply-To, References and Subject (Jamie Zawinski's algorithm), {@link dev.comity.thread.ThreadIndex} answers "which
 * conversation is this message in, and what does it reply to".
 *
 * <p>{@link dev.comity.thread.ThreadAnalysis} runs the thread analyzers (newcomer bursts, reply concentration,
 * near-duplicate wording, external mobilization, calls to action, escalation, velocity) over a conversation against a
 * list's {@link dev.comity.thread.ParticipantStore} (in memory, or SQLite for the bot; authors stored as HMAC-SHA256
 * hashes from {@link dev.comity.thread.AuthorKeys}) and combines them into {@code brigading} and {@code pile_on}
 * verdicts. {@link dev.comity.thread.ThreadWatch} does the same live, message by message, and raises one {@link
 * dev.comity.thread.ThreadAlert} per episode.
 *
 * <p>Every public type here is immutable and thread-safe, except the stores and the watch, which are thread-safe.
 * Threading is deterministic: the same messages in the same input order always give the same conversations. Nothing
 * recurses over the reply tree, so chains of any depth are safe. Analyses read time only from an injected clock and the
 * messages' own dates.
 */
package dev.comity.thread;
