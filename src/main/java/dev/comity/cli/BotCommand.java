package dev.comity.cli;

import dev.comity.api.Moderator;
import dev.comity.mail.bot.BotConfig;
import dev.comity.mail.bot.ImapBot;
import dev.comity.mail.bot.StoreException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code comity bot}: runs the IMAP moderation bot ({@link ImapBot}) until SIGTERM or SIGINT, or for one pass with
 * {@code --once}. On a signal the shutdown hook asks the bot to stop, which it does after the message in hand, and
 * waits for it to close its connection and store.
 */
@Command(
    name = "bot",
    description = {
      "Watches an IMAP folder, scores each new message, tags flagged ones with an IMAP keyword (and moves them to a"
          + " review folder if configured), and mails moderators a digest of the findings, and an alert when a thread"
          + " turns into brigading or a pile-on. Progress is stored, so a restart neither skips nor repeats a message."
          + " Stops cleanly on SIGTERM or Ctrl-C.",
      "See the README for the configuration file."
    })
final class BotCommand implements Callable<Integer> {
  /** How long a signal waits for the bot to finish the message in hand and close. */
  private static final long SHUTDOWN_SECONDS = 30;

  private final CliContext context;

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "The bot's properties file.")
  private Path config;

  @Option(names = "--once", description = "Handle the messages that are there, send the digests that are due, exit.")
  private boolean once;

  @Mixin private ModeratorOptions options;

  BotCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    BotConfig bot;
    try {
      bot = BotConfig.load(config, context.env());
    } catch (NoSuchFileException e) {
      throw new InputException(config + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(config + ": cannot read: " + e.getMessage(), e);
    }
    Moderator moderator = options.moderator(context);
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      // One line per record, not java.util.logging's two.
      System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT%1$tz %4$s %5$s%6$s%n");
    }
    CountDownLatch closed = new CountDownLatch(1);
    ImapBot imapBot = new ImapBot(bot, moderator);
    Thread hook =
        new Thread(
            () -> {
              imapBot.stop();
              try {
                closed.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "comity-bot-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (once) {
        imapBot.pass();
      } else {
        imapBot.run();
      }
      return 0;
    } catch (MessagingException e) {
      context.stderr().println("comity: bot: cannot use " + bot.imap().host() + ": " + e.getMessage());
      return Main.EXIT_ERROR;
    } catch (StoreException e) {
      context.stderr().println("comity: bot: " + e.getMessage());
      return Main.EXIT_ERROR;
    } finally {
      imapBot.close();
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down: the hook is running and will see the latch.
      }
    }
  }
}
