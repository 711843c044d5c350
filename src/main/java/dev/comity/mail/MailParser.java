package dev.comity.mail;

import dev.comity.api.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Parses one RFC 5322 message into a {@link Message}. Thread-safe and stateless.
 *
 * <p>The text is what a reader of the mail sees as its body: the {@code text/plain} alternative of a
 * {@code multipart/alternative} (the HTML one, as text, when there is no plain one), inline text parts in order, and
 * text patch attachments ({@code text/x-diff}, {@code text/x-patch}, {@code *.patch}, {@code *.diff}) appended; other
 * attachments are ignored. An attached or forwarded message ({@code message/rfc822}) is read the same way and added
 * as a quote, every line prefixed with {@code > }: it is someone else's text, so the text pipeline treats it like a
 * quoted reply. Transfer encodings are undone, charsets decoded as in {@link Charsets#decode}, {@code format=flowed}
 * text unwrapped ({@link Flowed}), and CRLF line breaks become LF; offsets in reports refer to this text.
 *
 * <p>Headers: {@code Message-ID} becomes the id with its angle brackets kept (so it equals the tokens of other
 * messages' {@code In-Reply-To} and {@code References}); {@code From} the author, as written with encoded words
 * decoded; {@code Date} the timestamp, parsed leniently and absent when unparsable; {@code In-Reply-To} and
 * {@code References} the reply fields; {@code Subject} and {@code List-Id} are kept as headers. Only the outer
 * message's header counts.
 *
 * <p>The message is parsed as a stream of MIME events (Mime4j's {@link MimeTokenStream}), not as a tree, and nothing
 * recurses, so memory holds the input, the text and one frame per level of nesting; {@link MailLimits} bound parts,
 * depth and decoded text.
 */
public final class MailParser {
  /** Headers kept in {@link Message#headers()}, besides those that become fields. */
  private static final List<String> KEPT_HEADERS = List.of("Subject", "List-Id");
  /** Headers read from the outer message, lower case. */
  private static final List<String> READ_HEADERS =
      List.of("message-id", "from", "date", "in-reply-to", "references", "subject", "list-id");

  private static final MimeConfig CONFIG =
      new MimeConfig.Builder()
          .setStrictParsing(false)
          .setMaxLineLen(-1)
          .setMaxHeaderLen(-1)
          .setMaxHeaderCount(-1)
          .setMaxContentLen(-1)
          .build();

  /**
   * A parsed message.
   *
   * @param message the message, its text being the decoded body
   * @param truncated whether a {@link MailLimits} bound was reached (or the MIME structure broke off), so part of the
   *     body is not in the text
   */
  public record Parsed(Message message, boolean truncated) {}

  private MailParser() {}

  /** {@link #parse(byte[], MailLimits)} with {@link MailLimits#DEFAULT}, for callers that need only the message. */
  public static Message parse(byte[] raw) {
    return parse(raw, MailLimits.DEFAULT).message();
  }

  /**
   * Parses {@code raw}, the bytes of one message (headers, blank line, body). Never throws on content: broken MIME
   * gives a message with whatever text could be decoded, and bytes Mime4j cannot parse at all give the whole input as
   * text.
   */
  public static Parsed parse(byte[] raw, MailLimits limits) {
    Walk walk = new Walk(limits);
    try {
      walk.run(raw);
    } catch (IOException | MimeException | RuntimeException e) {
      // Mime4j in lenient mode rarely gives up; when it does, keep what was read, or score the raw bytes.
      walk.truncated = true;
      walk.finish();
      if (walk.root.length() == 0) {
        walk.root.append(Charsets.decode(raw, null));
      }
    }
    // Mime4j gives CRLF for decoded line breaks; one convention keeps columns and excerpts simple.
    Message.Builder message = Message.builder(walk.root.toString().replace("\r\n", "\n"));
    return new Parsed(headers(walk.headers, walk.date, message).build(), walk.truncated);
  }

  /** The state of one parse: a frame per open entity (message or body part), innermost last. */
  private static final class Walk {
    private final MailLimits limits;
    private final StringBuilder root = new StringBuilder();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private Instant date;
    private int parts;
    private int textBytes;
    private boolean truncated;

    Walk(MailLimits limits) {
      this.limits = limits;
    }

    void run(byte[] raw) throws IOException, MimeException {
      MimeTokenStream stream =
          new MimeTokenStream(
              CONFIG,
              DecodeMonitor.SILENT,
              new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
      stream.parse(new ByteArrayInputStream(raw));
      for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
        switch (state) {
          case T_START_MESSAGE -> open(stream, frames.isEmpty() ? root : new StringBuilder(), true);
          case T_START_BODYPART -> {
            if (++parts > limits.maxParts()) {
              truncated = true;
              finish();
              return;
            }
            Frame parent = frames.getLast();
            parent.parts++;
            open(stream, parent.alternative ? new StringBuilder() : parent.out, false);
          }
          case T_FIELD -> {
            if (frames.size() == 1) {
              header(stream.getField());
            }
          }
          case T_START_MULTIPART -> frames.getLast().alternative =
              stream.getBodyDescriptor().getMimeType().equalsIgnoreCase("multipart/alternative");
          case T_PREAMBLE -> frames.getLast().preamble = read(stream.getDecodedInputStream());
          case T_BODY -> body(stream);
          case T_END_MULTIPART -> endMultipart();
          case T_END_BODYPART, T_END_MESSAGE -> {
            close();
            if (frames.size() < limits.maxDepth()) {
              stream.setRecursionMode(RecursionMode.M_RECURSE);
            }
          }
          default -> {
            // T_START_HEADER, T_END_HEADER, T_EPILOGUE: nothing to do.
          }
        }
      }
    }

    /** Opens a frame writing to {@code out}; at the depth limit, its body is read as one opaque part. */
    private void open(MimeTokenStream stream, StringBuilder out, boolean message) {
      frames.addLast(new Frame(out, message));
      if (frames.size() >= limits.maxDepth()) {
        stream.setRecursionMode(RecursionMode.M_FLAT);
      }
    }

    /**
     * Ends the entities still open when reading stops early, innermost first, so that text already read in an
     * alternative or a forwarded message still reaches the message text.
     */
    void finish() {
      while (!frames.isEmpty()) {
        endMultipart();
        close();
      }
    }

    private void close() {
      Frame frame = frames.removeLast();
      if (frames.isEmpty()) {
        return;
      }
      Frame parent = frames.getLast();
      if (frame.message) {
        // A message is always the only child of a message/rfc822 part, never directly an alternative.
        append(parent.out, quote(frame.out));
      } else if (parent.alternative) {
        parent.candidates.add(frame);
      }
    }

    private void endMultipart() {
      Frame frame = frames.getLast();
      if (frame.alternative && !frame.candidates.isEmpty()) {
        append(frame.out, preferred(frame.candidates).out.toString());
      }
      if (frame.parts == 0 && frame.preamble != null) {
        // A multipart whose boundary never occurs: Mime4j reads the whole body as preamble.
        append(frame.out, Charsets.decode(frame.preamble, null));
      }
      frame.preamble = null;
      frame.candidates.clear();
    }

    private void body(MimeTokenStream stream) throws IOException {
      Frame frame = frames.getLast();
      MaximalBodyDescriptor body = (MaximalBodyDescriptor) stream.getBodyDescriptor();
      String type = body.getMimeType().toLowerCase(Locale.ROOT);
      frame.type = type;
      if (type.startsWith("multipart/") || type.equals("message/rfc822")) {
        // Its parts or message follow as events, unless the depth limit stopped parsing: then the body comes whole,
        // and its raw source is read as text, so that nesting cannot hide text from scoring.
        if (stream.getRecursionMode() == RecursionMode.M_FLAT) {
          truncated = true;
          append(frame.out, Charsets.decode(read(stream.getInputStream()), null));
        }
        return;
      }
      boolean attachment = "attachment".equalsIgnoreCase(body.getContentDispositionType());
      boolean patch = isPatch(type, filename(body));
      if (!patch && (attachment || !type.equals("text/plain") && !type.equals("text/html"))) {
        return;
      }
      byte[] bytes = read(stream.getDecodedInputStream());
      String text = Charsets.decode(bytes, body.getCharset());
      if (type.equals("text/html") && !patch) {
        text = HtmlText.of(text);
      } else if ("flowed".equalsIgnoreCase(body.getContentTypeParameters().get("format"))) {
        text = Flowed.unwrap(text, "yes".equalsIgnoreCase(body.getContentTypeParameters().get("delsp")));
      }
      append(frame.out, text);
    }

    /** Reads decoded bytes up to what {@link MailLimits#maxTextBytes()} leaves, noting when more were there. */
    private byte[] read(InputStream in) throws IOException {
      int budget = limits.maxTextBytes() - textBytes;
      byte[] bytes = in.readNBytes(budget);
      textBytes += bytes.length;
      if (bytes.length == budget && in.read() >= 0) {
        truncated = true;
      }
      return bytes;
    }

    private void header(Field field) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      if (!READ_HEADERS.contains(name)) {
        return;
      }
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(decode(field));
      if (name.equals("date") && date == null && field instanceof DateTimeField d) {
        date = instant(d);
      }
    }
  }

  /** An open entity: where its text goes and, for a multipart, what its parts left. */
  private static final class Frame {
    private final StringBuilder out;
    private final boolean message;
    private String type = "";
    private boolean alternative;
    private int parts;
    private byte[] preamble;
    private final List<Frame> candidates = new ArrayList<>();

    Frame(StringBuilder out, boolean message) {
      this.out = out;
      this.message = message;
    }
  }

  /** {@code text} with every line prefixed by {@code > } (a bare {@code >} on empty lines), as a mail reply quotes. */
  private static String quote(StringBuilder text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 16 + 2);
    int pos = 0;
    while (pos < text.length()) {
      int newline = text.indexOf("\n", pos);
      int end = newline < 0 ? text.length() : newline;
      int lineEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      out.append(lineEnd > pos ? "> " : ">").append(text, pos, lineEnd).append('\n');
      pos = newline < 0 ? text.length() : newline + 1;
    }
    return out.toString();
  }

  private static String filename(MaximalBodyDescriptor body) {
    String name = body.getContentDispositionFilename();
    return name != null ? name : body.getContentTypeParameters().get("name");
  }

  private static Message.Builder headers(Map<String, List<String>> values, Instant date, Message.Builder message) {
    message.id(first(value(values, "message-id")));
    message.author(value(values, "from"));
    message.timestamp(date);
    String inReplyTo = value(values, "in-reply-to");
    if (inReplyTo != null) {
      List<String> ids = messageIds(inReplyTo);
      message.inReplyTo(ids.isEmpty() ? inReplyTo : ids.get(0));
    }
    String references = value(values, "references");
    if (references != null) {
      message.references(messageIds(references));
    }
    for (String name : KEPT_HEADERS) {
      for (String value : values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
        message.header(name, value);
      }
    }
    return message;
  }

  /** The first value of a header, or null when absent or blank. */
  private static String value(Map<String, List<String>> values, String name) {
    List<String> all = values.get(name);
    return all == null || all.get(0).isEmpty() ? null : all.get(0);
  }

  /**
   * A field's value, unfolded, encoded words decoded, trimmed. Read from the raw bytes because Mime4j decodes raw
   * 8-bit header bytes as ASCII, while old mailers write them in UTF-8 or Latin-1.
   */
  private static String decode(Field field) {
    String body;
    if (field.getRaw() != null) {
      String raw = Charsets.decode(field.getRaw().toByteArray(), null);
      int colon = raw.indexOf(':');
      body = colon < 0 ? raw : raw.substring(colon + 1);
    } else {
      body = field.getBody() == null ? "" : field.getBody();
    }
    String unfolded = body.replace("\r", "").replace("\n", "");
    return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT).strip();
  }

  /** The first {@code <...>} token of {@code value}, or the value itself when it has none. */
  private static String first(String value) {
    if (value == null) {
      return null;
    }
    List<String> ids = messageIds(value);
    return ids.isEmpty() ? value : ids.get(0);
  }

  /** The {@code <...>} tokens of a header value, in order; text between them (comments, phrases) is dropped. */
  static List<String> messageIds(String value) {
    List<String> ids = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = value.indexOf('<', from);
      int close = open < 0 ? -1 : value.indexOf('>', open + 1);
      if (close < 0) {
        return ids;
      }
      if (close > open + 1) {
        ids.add(value.substring(open, close + 1));
      }
      from = close + 1;
    }
  }

  private static Instant instant(DateTimeField field) {
    try {
      Date date = field.getDate();
      return date == null ? null : date.toInstant();
    } catch (RuntimeException e) {
      // The lenient date parser reports some malformed dates by throwing rather than returning null.
      return null;
    }
  }

  /** The alternative to read: the first text/plain one, else the first HTML one, else the first. */
  private static Frame preferred(List<Frame> alternatives) {
    Frame html = null;
    for (Frame part : alternatives) {
      if (part.type.equals("text/plain")) {
        return part;
      }
      if (html == null && part.type.equals("text/html")) {
        html = part;
      }
    }
    return html != null ? html : alternatives.get(0);
  }

  private static boolean isPatch(String type, String filename) {
    if (type.equals("text/x-diff") || type.equals("text/x-patch") || type.equals("text/x-diff-file")) {
      return true;
    }
    if (filename == null) {
      return false;
    }
    String lower = filename.toLowerCase(Locale.ROOT);
    return lower.endsWith(".patch") || lower.endsWith(".diff");
  }

  private static void append(StringBuilder out, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (out.length() > 0) {
      out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
    }
    out.append(text);
  }
}
