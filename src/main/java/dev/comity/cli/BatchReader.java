package dev.comity.cli;

import dev.comity.cli.Inputs.Input;
import dev.comity.cli.Inputs.Kind;
import dev.comity.mail.Maildir;
import dev.comity.mail.MailLimits;
import dev.comity.mail.MboxReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads scan inputs, one after the other, as {@link Batch}es of at most {@code maxMessages} messages. A JSONL or mbox
 * batch is also cut once it holds {@code maxBytes}, so batches stay small whatever the message length (a single longer
 * message still makes a batch of its own). Not thread-safe: used by the pipeline's reader thread only.
 */
final class BatchReader implements Closeable {
  private static final int BUFFER = 1 << 20;

  private final List<Input> inputs;
  private final InputStream stdin;
  private final int maxChars;
  private final MailLimits mailLimits;
  private final int maxMessages;
  private final int maxBytes;
  private int next;
  private InputStream open;
  private MboxReader mbox;
  private String openName;
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long line;

  /**
   * @param maxChars text files are read up to {@code maxChars + 1} chars (see {@link Inputs#readText})
   * @param mailLimits the bounds on parsing each mail message
   */
  BatchReader(List<Input> inputs, InputStream stdin, int maxChars, MailLimits mailLimits, int maxMessages,
      int maxBytes) {
    this.inputs = List.copyOf(inputs);
    this.stdin = stdin;
    this.maxChars = maxChars;
    this.mailLimits = mailLimits;
    this.maxMessages = maxMessages;
    this.maxBytes = maxBytes;
  }

  /**
   * The next batch, or {@code null} after the last input.
   *
   * @throws InputException naming the input when it cannot be read
   */
  Batch next() {
    try {
      return read();
    } catch (IOException e) {
      // Text and mail files report their own errors in place, so this is the open JSONL or mbox input.
      String name = openName.equals(Inputs.STDIN) ? "<stdin>" : openName;
      throw new InputException(name + ": cannot read: " + e, e);
    }
  }

  private Batch read() throws IOException {
    while (open != null || mbox != null || next < inputs.size()) {
      if (mbox != null) {
        Batch batch = mails();
        if (batch != null) {
          return batch;
        }
        closeOpen();
        continue;
      }
      if (open == null && inputs.get(next).kind() == Kind.TEXT) {
        return texts();
      }
      if (open == null && inputs.get(next).kind() == Kind.EML) {
        return emls();
      }
      if (open == null) {
        Input input = inputs.get(next++);
        openName = input.name();
        if (input.kind() == Kind.MBOX) {
          mbox = MboxReader.open(input.path());
          continue;
        }
        open = input.path() == null ? stdin : Files.newInputStream(input.path());
        pos = 0;
        limit = 0;
        eof = false;
        line = 0;
      }
      Batch batch = lines();
      if (batch != null) {
        return batch;
      }
      closeOpen();
    }
    return null;
  }

  private Batch texts() {
    List<Batch.Item> items = new ArrayList<>();
    long bytes = 0;
    while (next < inputs.size() && inputs.get(next).kind() == Kind.TEXT && items.size() < maxMessages) {
      Input input = inputs.get(next++);
      try {
        String text = Inputs.readText(input.path(), maxChars);
        items.add(new Batch.Item(input.name(), 0, input.name(), text, null));
        bytes += Files.size(input.path());
      } catch (InputException | IOException e) {
        // Checked before the run but gone or unreadable now: report it in place and go on with the others.
        String problem = e instanceof InputException i ? i.problems().get(0) : input.name() + ": " + e.getMessage();
        items.add(new Batch.Item(input.name(), 0, input.name(), null, problem));
      }
    }
    return new Batch.Texts(items, bytes);
  }

  private Batch emls() {
    List<Batch.Mails.Mail> mails = new ArrayList<>();
    long bytes = 0;
    while (next < inputs.size() && inputs.get(next).kind() == Kind.EML && mails.size() < maxMessages) {
      Input input = inputs.get(next++);
      try {
        byte[] raw = Maildir.readMessage(input.path());
        boolean cut = Files.size(input.path()) > raw.length;
        mails.add(new Batch.Mails.Mail(input.name(), 0, raw, null, cut));
        bytes += raw.length;
      } catch (IOException e) {
        // Gone or unreadable since the check: report it in place and go on with the others.
        mails.add(
            new Batch.Mails.Mail(input.name(), 0, null, input.name() + ": cannot read: " + e.getMessage(), false));
      }
    }
    return new Batch.Mails(mails, mailLimits, bytes);
  }

  /**
   * The next messages of the open mbox, or {@code null} at its end. A read error (a truncated or corrupt gzip file)
   * ends the archive with an input error in place of the rest, and the scan goes on with the next input: one damaged
   * monthly archive should not stop a scan of hundreds.
   */
  private Batch mails() throws IOException {
    List<Batch.Mails.Mail> mails = new ArrayList<>();
    long bytes = 0;
    while (mails.size() < maxMessages && bytes < maxBytes) {
      MboxReader.RawMessage m;
      try {
        m = mbox.next();
      } catch (IOException e) {
        mails.add(new Batch.Mails.Mail(openName, 0, null, openName + ": cannot read the rest: " + e, false));
        closeOpen();
        return new Batch.Mails(mails, mailLimits, bytes);
      }
      if (m == null) {
        break;
      }
      mails.add(new Batch.Mails.Mail(openName, m.line(), m.bytes(), null, m.truncated()));
      bytes += m.bytes().length;
    }
    return mails.isEmpty() ? null : new Batch.Mails(mails, mailLimits, bytes);
  }

  /** The next lines of the open JSONL input, or {@code null} at its end. */
  private Batch lines() throws IOException {
    if (pos == limit) {
      pos = 0;
      limit = 0;
      if (!fill()) {
        return null;
      }
    }
    int batchStart = pos;
    int lineStart = pos;
    int scan = pos;
    int[] starts = new int[maxMessages];
    int[] ends = new int[maxMessages];
    long[] numbers = new long[maxMessages];
    int n = 0;
    while (n < maxMessages && lineStart - batchStart < maxBytes) {
      int newline = indexOfNewline(scan);
      if (newline < 0) {
        if (eof) {
          if (lineStart < limit) {
            line++;
            n = add(lineStart, limit, batchStart, starts, ends, numbers, n);
            lineStart = limit;
          }
          break;
        }
        // Keep the batch's bytes together at the front of the buffer, growing it for a line longer than it.
        if (batchStart > 0) {
          System.arraycopy(buf, batchStart, buf, 0, limit - batchStart);
          lineStart -= batchStart;
          limit -= batchStart;
          batchStart = 0;
        } else if (limit == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        scan = limit;
        fill();
        continue;
      }
      line++;
      n = add(lineStart, newline, batchStart, starts, ends, numbers, n);
      lineStart = newline + 1;
      scan = lineStart;
    }
    pos = lineStart;
    return new Batch.JsonLines(
        openName, Arrays.copyOfRange(buf, batchStart, lineStart), starts, ends, numbers, n, lineStart - batchStart);
  }

  /** Records line {@code [start, end)} unless blank; offsets relative to the batch start. Returns the new count. */
  private int add(int start, int end, int batchStart, int[] starts, int[] ends, long[] numbers, int n) {
    int e = end;
    while (e > start && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r')) {
      e--;
    }
    int s = start;
    while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
      s++;
    }
    if (s == e) {
      return n;
    }
    starts[n] = s - batchStart;
    ends[n] = e - batchStart;
    numbers[n] = line;
    return n + 1;
  }

  private int indexOfNewline(int from) {
    for (int i = from; i < limit; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Reads more bytes after {@code limit}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read = open.read(buf, limit, buf.length - limit);
    if (read < 0) {
      eof = true;
      return false;
    }
    limit += read;
    return true;
  }

  private void closeOpen() throws IOException {
    if (mbox != null) {
      mbox.close();
      mbox = null;
    } else if (open != stdin) {
      open.close();
    }
    open = null;
    openName = null;
  }

  @Override
  public void close() throws IOException {
    if (open != null || mbox != null) {
      closeOpen();
    }
  }
}
