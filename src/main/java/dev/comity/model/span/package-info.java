/**
 * The span tagger: a per-token OpenNLP classifier that marks the inflammatory words of a message with exact offsets.
 *
 * <p>{@link dev.comity.model.span.SpanTaggerTrainer} trains a {@link dev.comity.model.span.SpanTaggerModel}
 * (immutable, thread-safe) from examples with gold character spans; each thread tags with its own
 * {@link dev.comity.model.span.SpanTagger}. Offsets are UTF-16 code unit indexes into the original text, end exclusive.
 * Text is read through {@link dev.comity.text.Normalizer}, so zero-width characters, look-alike letters and
 * spaced-out words are folded while offsets stay exact.
 */
package dev.comity.model.span;
