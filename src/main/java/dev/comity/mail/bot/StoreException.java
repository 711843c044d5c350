package dev.comity.mail.bot;

/**
 * The bot's progress store cannot be read or written. Fatal: without it the bot cannot promise to neither skip nor
 * repeat a message, so it stops rather than go on.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
