/**
 * Statistical scorers built on Apache OpenNLP, their training and their bundles: the only package that imports
 * {@code opennlp.*}.
 *
 * <p>The message model ({@link dev.comity.model.MessageModel}) is an OpenNLP maxent document categorizer over the
 * normalized prose of a message, whose per-category probabilities are calibrated against the lexicon scores (see
 * {@link dev.comity.model.Calibration}); the span tagger ({@code dev.comity.model.span}) marks the words that make a
 * message uncivil. {@link dev.comity.model.ModelScorer} runs both as the {@code model} scorer of the default {@link
 * dev.comity.api.Moderator}; {@link dev.comity.model.ModelBundle} reads and writes the files they are shipped in.
 */
package dev.comity.model;
