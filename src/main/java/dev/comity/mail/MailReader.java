package dev.comity.mail;

import dev.comity.api.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads the messages of a mail file or folder as a lazy stream, for library users. */
public final class MailReader {
  private MailReader() {}

  /**
   * The messages of {@code path}, parsed with {@link MailParser}: a directory is a Maildir, a {@code .eml} file one
   * message, any other file an mbox (gzip-compressed or not). The stream is lazy and holds one message at a time
   * (plus, for a Maildir, the list of its file names); close it to close the file.
   *
   * @throws IOException when the path cannot be opened; later read errors are thrown as {@link UncheckedIOException}
   */
  public static Stream<Message> messages(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      List<Path> files = Maildir.messages(path);
      return files.stream().map(MailReader::parseFile);
    }
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
      return Stream.of(MailParser.parse(Maildir.readMessage(path)));
    }
    MboxReader reader = MboxReader.open(path);
    Iterator<Message> messages = new Iterator<>() {
      private MboxReader.RawMessage next;
      private boolean started;

      // Reads ahead lazily, so that opening the stream reads nothing and a read error surfaces in the consumer, where
      // try-with-resources closes the reader.
      @Override
      public boolean hasNext() {
        if (!started) {
          started = true;
          next = read();
        }
        return next != null;
      }

      @Override
      public Message next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Message message = MailParser.parse(next.bytes());
        next = read();
        return message;
      }

      private MboxReader.RawMessage read() {
        try {
          return reader.next();
        } catch (IOException e) {
          throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(messages, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static Message parseFile(Path file) {
    try {
      return MailParser.parse(Maildir.readMessage(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
