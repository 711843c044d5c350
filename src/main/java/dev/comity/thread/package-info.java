/**
 * Conversation threading: {@link dev.comity.thread.Threader} rebuilds reply trees from Message-ID, In-Reply-To,
 * References and Subject (Jamie Zawinski's algorithm), {@link dev.comity.thread.ThreadIndex} answers "which
 * conversation is this message in, and what does it reply to".
 *
 * <p>Every public type here is immutable and thread-safe. Results are deterministic: the same messages in the same input
 * order always give the same conversations. Nothing recurses over the reply tree, so chains of any depth are safe.
 */
package dev.comity.thread;
