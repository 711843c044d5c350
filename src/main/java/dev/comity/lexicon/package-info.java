/**
 * Lexicon files: the parser for {@code lexicons/FORMAT.md}, its immutable model, the linter and canonical formatter,
 * and the {@code lexicon} scorer that compiles every loaded pattern into one word-level automaton walked over a
 * {@link dev.comity.text.NormalizedText}.
 *
 * <p>Public types are immutable and thread-safe. Entry points: {@link dev.comity.lexicon.LexiconParser} (one file),
 * {@link dev.comity.lexicon.LexiconLinter} (files and directories, examples included), {@link
 * dev.comity.lexicon.LexiconFormatter} and {@link dev.comity.lexicon.LexiconScorerProvider} (found by {@link
 * java.util.ServiceLoader}).
 */
package dev.comity.lexicon;
