/**
 * The embeddable API: build a {@link dev.comity.api.Moderator} once, hand it {@link dev.comity.api.Message}s, read
 * {@link dev.comity.api.Report}s of {@link dev.comity.api.Finding}s with exact {@link dev.comity.api.Span}s.
 *
 * <p>Every type here is immutable and thread-safe. Spans are UTF-16 code unit offsets into the original message text,
 * end exclusive. No method accepts or returns {@code null} unless its javadoc says so; absent values are {@link
 * java.util.Optional}. This package exposes JDK types only.
 */
package dev.comity.api;
