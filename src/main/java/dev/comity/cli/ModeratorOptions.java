package dev.comity.cli;

import dev.comity.api.Moderator;
import dev.comity.api.Policy;
import dev.comity.api.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands that score messages: which lexicons, which rules, limits, and the exit policy. */
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
      names = "--max-chars",
      paramLabel = "N",
      description = "Score at most N UTF-16 code units per message; longer messages are truncated (default: "
          + Moderator.DEFAULT_MAX_CHARS + ").")
  private int maxChars = Moderator.DEFAULT_MAX_CHARS;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailOnConverter.class,
      description = "Exit 1 when a report's verdict is at or above LEVEL: review or violation (default: never).")
  private Verdict failOn;

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
            .maxChars(maxChars);
    lexicons.forEach(builder::lexicon);
    return builder.build();
  }

  /** The most UTF-16 code units scored per message. */
  int maxChars() {
    return maxChars;
  }

  /** Whether {@code --fail-on} was given. */
  boolean hasFailOn() {
    return failOn != null;
  }

  /** The command these options belong to, for usage errors. */
  CommandLine commandLine() {
    return spec.commandLine();
  }

  /** Whether a report with {@code verdict} should make the command exit 1. */
  boolean fails(Verdict verdict) {
    return failOn != null && verdict.atLeast(failOn);
  }

  /** Accepts the verdicts worth failing on; {@code ok} would fail every run, so it is refused. */
  static final class FailOnConverter implements ITypeConverter<Verdict> {
    @Override
    public Verdict convert(String value) {
      if (value.equals(Verdict.REVIEW.id())) {
        return Verdict.REVIEW;
      }
      if (value.equals(Verdict.VIOLATION.id())) {
        return Verdict.VIOLATION;
      }
      throw new TypeConversionException("expected review or violation, got '" + value + "'");
    }
  }
}
