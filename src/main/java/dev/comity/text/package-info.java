/**
 * Message text before scoring: what each stretch of a body is, and the normalized view scorers read.
 *
 * <p>{@link dev.comity.text.Segmenter} splits a body into {@link dev.comity.text.Region}s of a
 * {@link dev.comity.text.RegionKind} (the author's prose, quoted text, attributions, signatures, patches, code, logs,
 * URLs) so that only the author's own words are scored by default. {@link dev.comity.text.Normalizer} folds the
 * scored regions into a {@link dev.comity.text.NormalizedText} that maps every normalized char back to the original.
 *
 * <p>All offsets are UTF-16 code unit indexes into the original text, end exclusive. Every type here is immutable or
 * stateless and safe to share between threads; nothing throws on message content, however malformed.
 */
package dev.comity.text;
