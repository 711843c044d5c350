/**
 * The extension points: implement {@link dev.comity.spi.Scorer} and register a {@link dev.comity.spi.ScorerProvider}
 * with {@link java.util.ServiceLoader} to add a scorer that every {@link dev.comity.api.Moderator} picks up, or pass a
 * scorer instance to {@link dev.comity.api.Moderator.Builder#scorer}.
 *
 * <p>Scorers read the shared {@link dev.comity.spi.ScoringContext} (regions and the normalized view with its offset map)
 * and must be immutable and thread-safe.
 *
 * <p>Thread-level analysis is a separate extension point: a {@link dev.comity.spi.ThreadAnalyzer} sees a whole thread
 * ({@link dev.comity.spi.ThreadContext}: {@link dev.comity.spi.ThreadPost}s with their reports, the list's {@link
 * dev.comity.spi.ParticipantHistory} and the analysis time) and returns {@link dev.comity.api.ThreadSignal}s.
 */
package dev.comity.spi;
