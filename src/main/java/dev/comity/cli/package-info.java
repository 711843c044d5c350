/**
 * The {@code comity} command line: {@code check} for a few messages, {@code scan} for files and streams of messages,
 * and {@code lexicon} tools. {@link dev.comity.cli.Main} is the entry point; {@link dev.comity.cli.ReportJson} writes
 * the JSON report format shared by every adapter.
 */
package dev.comity.cli;
