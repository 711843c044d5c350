/**
 * The extension points: implement {@link dev.comity.spi.Scorer} and register a {@link dev.comity.spi.ScorerProvider}
 * with {@link java.util.ServiceLoader} to add a scorer that every {@link dev.comity.api.Moderator} picks up, or pass a
 * scorer instance to {@link dev.comity.api.Moderator.Builder#scorer}.
 *
 * <p>Scorers read the shared {@link dev.comity.spi.ScoringContext} (regions and the normalized view with its offset map)
 * and must be immutable and thread-safe.
 */
package dev.comity.spi;
