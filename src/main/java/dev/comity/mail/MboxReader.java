package dev.comity.mail;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Splits an mbox archive into the raw bytes of its messages, streaming: memory holds one message (at most
 * {@link #MAX_MESSAGE_BYTES}) and a fixed buffer, whatever the archive's size. Not thread-safe.
 *
 * <p>A message starts at a From_ line: {@code From sender Www Mmm} (a weekday and a month name after the sender)
 * holding a time ({@code hh:mm}), the asctime date every mbox writer uses. The blank line before it is not
 * required, as old pipermail archives omit it; the shape test instead keeps body lines such as "From then on, at 10:00
 * ..." from splitting a message in archives that do not escape them. The From_ line is not part of the message. Lines escaped as {@code >From }, {@code >>From } lose one {@code >} (mboxrd, which also reads mboxo).
 * Gzip-compressed archives ({@code .mbox.gz}, pipermail's {@code .txt.gz}) are recognised by their magic bytes.
 */
public final class MboxReader implements Closeable {
  /** Bytes of a message kept; the rest of a longer message is skipped, so one huge message cannot exhaust memory. */
  public static final int MAX_MESSAGE_BYTES = 64 << 20;

  private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};

  /**
   * One message of an archive.
   *
   * @param bytes the message, From_ line excluded, {@code >From} lines unescaped
   * @param line 1-based line of the archive where the message starts (its From_ line)
   * @param truncated whether the message was longer than the cap, so {@code bytes} holds only its start
   */
  public record RawMessage(byte[] bytes, long line, boolean truncated) {}

  private final InputStream in;
  private final int maxMessageBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLength;
  private long lineNumber;
  private boolean pendingFromLine;
  private long pendingStart;
  private boolean eof;
  private boolean lineCut;

  /** Reads {@code in}, gunzipping it when it starts with the gzip magic bytes; closing this reader closes it. */
  public MboxReader(InputStream in) throws IOException {
    this(in, MAX_MESSAGE_BYTES);
  }

  /** Like {@link #MboxReader(InputStream)}, keeping at most {@code maxMessageBytes} of a message (for tests). */
  MboxReader(InputStream in, int maxMessageBytes) throws IOException {
    this.maxMessageBytes = maxMessageBytes;
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
    buffered.reset();
    this.in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
  }

  /** Opens an mbox file, compressed or not. */
  public static MboxReader open(Path file) throws IOException {
    return new MboxReader(Files.newInputStream(file));
  }

  /**
   * The next message, or {@code null} at the end of the archive. Content before the first From_ line, if not blank,
   * is a message of its own.
   *
   * @throws IOException when reading or gunzipping fails
   */
  public RawMessage next() throws IOException {
    long start;
    if (pendingFromLine) {
      pendingFromLine = false;
      start = pendingStart;
    } else {
      start = lineNumber + 1;
    }
    byte[] message = new byte[4096];
    int size = 0;
    boolean content = false;
    boolean cut = false;
    while (readLine()) {
      if (isFromLine()) {
        if (content) {
          pendingFromLine = true;
          pendingStart = lineNumber;
          return new RawMessage(Arrays.copyOf(message, size), start, cut);
        }
        start = lineNumber;
        size = 0;
        cut = false;
        continue;
      }
      content |= !isBlank();
      int from = escapedFrom() ? 1 : 0;
      int n = Math.min(lineLength - from, maxMessageBytes - size);
      cut |= lineCut || n < lineLength - from;
      if (n > 0) {
        if (size + n > message.length) {
          message = Arrays.copyOf(message, Math.min(maxMessageBytes, Math.max(size + n, message.length * 2)));
        }
        System.arraycopy(line, from, message, size, n);
        size += n;
      }
    }
    return content ? new RawMessage(Arrays.copyOf(message, size), start, cut) : null;
  }

  /** Reads the next line, its terminator included, into {@link #line}; false at the end of input. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    lineCut = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (lineLength > 0) {
            lineNumber++;
            return true;
          }
          return false;
        }
      }
      int end = pos;
      while (end < limit && buf[end] != '\n') {
        end++;
      }
      boolean complete = end < limit;
      int n = (complete ? end + 1 : end) - pos;
      keep(n);
      pos += n;
      if (complete) {
        lineNumber++;
        return true;
      }
    }
  }

  /** Copies {@code n} bytes at {@code pos} to the line, up to the message cap; a longer line is cut. */
  private void keep(int n) {
    int kept = Math.min(n, maxMessageBytes - lineLength);
    lineCut |= kept < n;
    if (kept <= 0) {
      return;
    }
    if (lineLength + kept > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + kept, line.length * 2));
    }
    System.arraycopy(buf, pos, line, lineLength, kept);
    lineLength += kept;
  }

  private boolean fill() throws IOException {
    int read = in.read(buf, 0, buf.length);
    if (read < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = read;
    return true;
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      if (line[i] != '\n' && line[i] != '\r' && line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private boolean isFromLine() {
    if (!startsWithFrom(0) || !hasDateShape()) {
      return false;
    }
    // A time, "hh:mm", somewhere after the sender.
    for (int i = FROM.length + 1; i + 2 < lineLength; i++) {
      if (line[i] == ':' && isDigit(line[i - 1]) && isDigit(line[i + 1]) && isDigit(line[i + 2])) {
        return true;
      }
    }
    return false;
  }

  private static final String DAYS = "MonTueWedThuFriSatSun";
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  /**
   * Whether the line holds {@code " Www Mmm "}, a weekday and a month name, after {@code "From "}. Searched rather than
   * expected right after the sender, because pipermail writes senders as {@code name at example.org}.
   */
  private boolean hasDateShape() {
    for (int i = FROM.length + 1; i + 8 <= lineLength; i++) {
      if (line[i - 1] == ' ' && isName(DAYS, i) && line[i + 3] == ' ' && isName(MONTHS, i + 4) && line[i + 7] == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether the three bytes at {@code at} are one of the three-letter names in {@code names}. */
  private boolean isName(String names, int at) {
    for (int n = 0; n < names.length(); n += 3) {
      if (line[at] == names.charAt(n) && line[at + 1] == names.charAt(n + 1) && line[at + 2] == names.charAt(n + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line is {@code >+From }, an escaped body line. */
  private boolean escapedFrom() {
    int i = 0;
    while (i < lineLength && line[i] == '>') {
      i++;
    }
    return i > 0 && startsWithFrom(i);
  }

  private boolean startsWithFrom(int at) {
    if (lineLength - at < FROM.length) {
      return false;
    }
    for (int i = 0; i < FROM.length; i++) {
      if (line[at + i] != FROM[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
