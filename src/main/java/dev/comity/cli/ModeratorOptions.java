package dev.comity.cli;

import dev.comity.api.Moderator;
import dev.comity.api.Policy;
import dev.comity.mail.MailLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that score messages: which lexicons, which rules, limits. */
final class ModeratorOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--lexicon",
      paramLabel = "PATH",
      description = "Extra lexicon file, or directory of .lex files (repeatable).")
  private List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-bundled-lexicons", description = "Do not load the lexicons shipped with Comity.")
  private boolean noBundledLexicons;

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      description = "Disable a rule id, or every rule under a prefix ending in '/' (repeatable).")
  private List<String> disabled = new ArrayList<>();

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Use the models in DIR (written by 'comity train') instead of the ones shipped with Comity.")
  private Path models;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Score at most N UTF-16 code units per message; longer messages are truncated (default: "
          + Moderator.DEFAULT_MAX_CHARS + ").")
  private int maxChars = Moderator.DEFAULT_MAX_CHARS;

  @Option(
      names = "--max-line-chars",
      paramLabel = "N",
      description = "Score at most N UTF-16 code units of each line; the rest of a longer line is not scored and the "
          + "message is flagged truncated (default: " + Moderator.DEFAULT_MAX_LINE_CHARS + ").")
  private int maxLineChars = Moderator.DEFAULT_MAX_LINE_CHARS;

  @Option(
      names = "--max-parts",
      paramLabel = "N",
      description = "Read at most N MIME parts of a mail message; the message is flagged truncated (default: "
          + "${DEFAULT-VALUE}).")
  private int maxParts = MailLimits.DEFAULT.maxParts();

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Parse MIME nesting at most N levels deep; deeper parts are read as raw text and the message is "
          + "flagged truncated (default: ${DEFAULT-VALUE}).")
  private int maxDepth = MailLimits.DEFAULT.maxDepth();

  @Option(
      names = "--max-text-bytes",
      paramLabel = "N",
      description = "Read at most N decoded bytes of text parts per mail message; the message is flagged truncated "
          + "(default: ${DEFAULT-VALUE}).")
  private int maxTextBytes = MailLimits.DEFAULT.maxTextBytes();

  /**
   * Builds the moderator these options describe.
   *
   * @throws ParameterException for out-of-range option values
   * @throws dev.comity.api.ConfigurationException for bad lexicons or scorer configuration
   */
  Moderator moderator(CliContext context) {
    if (maxChars < 1) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1, got " + maxChars);
    }
    if (maxLineChars < 1) {
      throw new ParameterException(spec.commandLine(), "--max-line-chars must be at least 1, got " + maxLineChars);
    }
    mailLimits();
    Policy.Builder policy = Policy.builder();
    for (String rule : disabled) {
      if (rule.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--disable needs a rule id or a prefix ending in '/'");
      }
      policy.disable(rule);
    }
    Moderator.Builder builder =
        context.moderators().get()
            .policy(policy.build())
            .bundledLexicons(!noBundledLexicons)
            .models(models)
            .maxChars(maxChars)
            .maxLineChars(maxLineChars);
    lexicons.forEach(builder::lexicon);
    return builder.build();
  }

  /** The most UTF-16 code units scored per message. */
  int maxChars() {
    return maxChars;
  }

  /**
   * The bounds on parsing a mail message.
   *
   * @throws ParameterException naming every bound below 1
   */
  MailLimits mailLimits() {
    try {
      return new MailLimits(maxParts, maxDepth, maxTextBytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage()
          .replace("maxParts", "--max-parts").replace("maxDepth", "--max-depth")
          .replace("maxTextBytes", "--max-text-bytes"));
    }
  }
}
