package dev.comity.mail;

import dev.comity.api.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 5322 message into a {@link Message}. Thread-safe and stateless.
 *
 * <p>The text is what a reader of the mail sees as its body: the {@code text/plain} alternative of a
 * {@code multipart/alternative} (the HTML one, as text, when there is no plain one), inline text parts in order, and
 * text patch attachments ({@code text/x-diff}, {@code text/x-patch}, {@code *.patch}, {@code *.diff}) appended; other
 * attachments are ignored. Transfer encodings are undone, charsets decoded as in {@link Charsets#decode}, and CRLF
 * line breaks become LF; offsets in reports refer to this text.
 *
 * <p>Headers: {@code Message-ID} becomes the id with its angle brackets kept (so it equals the tokens of other
 * messages' {@code In-Reply-To} and {@code References}); {@code From} the author, as written with encoded words
 * decoded; {@code Date} the timestamp, parsed leniently and absent when unparsable; {@code In-Reply-To} and
 * {@code References} the reply fields; {@code Subject} and {@code List-Id} are kept as headers.
 */
public final class MailParser {
  /** Headers kept in {@link Message#headers()}, besides those that become fields. */
  private static final List<String> KEPT_HEADERS = List.of("Subject", "List-Id");

  private static final MimeConfig CONFIG =
      new MimeConfig.Builder()
          .setStrictParsing(false)
          .setMaxLineLen(-1)
          .setMaxHeaderLen(-1)
          .setMaxHeaderCount(-1)
          .setMaxContentLen(-1)
          .build();

  private MailParser() {}

  /**
   * Parses {@code raw}, the bytes of one message (headers, blank line, body). Never throws on content: broken MIME
   * gives a message with whatever text could be decoded, and bytes Mime4j cannot parse at all give the whole input as
   * text.
   */
  public static Message parse(byte[] raw) {
    org.apache.james.mime4j.dom.Message mime;
    try {
      mime = builder().parseMessage(new ByteArrayInputStream(raw));
    } catch (IOException | RuntimeException e) {
      // Mime4j in lenient mode rarely gives up; when it does, the raw bytes are still worth scoring.
      return Message.of(Charsets.decode(raw, null));
    }
    try {
      StringBuilder text = new StringBuilder();
      appendText(mime, text);
      // Mime4j gives CRLF for decoded line breaks; one convention keeps columns and excerpts simple.
      return headers(mime.getHeader(), Message.builder(text.toString().replace("\r\n", "\n"))).build();
    } finally {
      mime.dispose();
    }
  }

  private static DefaultMessageBuilder builder() {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(CONFIG);
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
    builder.setFieldParser(LenientFieldParser.getParser());
    return builder;
  }

  private static Message.Builder headers(Header header, Message.Builder message) {
    message.id(first(value(header, "Message-ID")));
    message.author(value(header, "From"));
    message.timestamp(date(header));
    String inReplyTo = value(header, "In-Reply-To");
    if (inReplyTo != null) {
      List<String> ids = messageIds(inReplyTo);
      message.inReplyTo(ids.isEmpty() ? inReplyTo : ids.get(0));
    }
    String references = value(header, "References");
    if (references != null) {
      message.references(messageIds(references));
    }
    for (String name : KEPT_HEADERS) {
      for (Field f : header.getFields(name)) {
        message.header(name, decode(f));
      }
    }
    return message;
  }

  /** The first value of a header, unfolded, encoded words decoded, trimmed; null when absent or blank. */
  private static String value(Header header, String name) {
    Field field = header.getField(name);
    if (field == null) {
      return null;
    }
    String value = decode(field);
    return value.isEmpty() ? null : value;
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

  private static Instant date(Header header) {
    Field field = header.getField("Date");
    if (field instanceof DateTimeField d) {
      try {
        Date date = d.getDate();
        return date == null ? null : date.toInstant();
      } catch (RuntimeException e) {
        // The lenient date parser reports some malformed dates by throwing rather than returning null.
        return null;
      }
    }
    return null;
  }

  /** Appends the readable text of {@code entity} to {@code out}, separating parts by a blank line. */
  private static void appendText(Entity entity, StringBuilder out) {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      List<Entity> parts = multipart.getBodyParts();
      if (parts.isEmpty()) {
        // A multipart whose boundary never occurs: Mime4j keeps the whole body as preamble.
        append(out, multipart.getPreamble());
      } else if (multipart.getSubType().equalsIgnoreCase("alternative")) {
        appendText(preferred(parts), out);
      } else {
        for (Entity part : parts) {
          appendText(part, out);
        }
      }
    } else if (body instanceof SingleBody single) {
      String type = entity.getMimeType().toLowerCase(Locale.ROOT);
      boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
      if (isPatch(entity, type) || type.equals("text/plain") && !attachment) {
        append(out, decode(single, entity.getCharset()));
      } else if (type.equals("text/html") && !attachment) {
        append(out, HtmlText.of(decode(single, entity.getCharset())));
      }
    }
    // message/rfc822 (forwarded mail) and other bodies are not the author's text.
  }

  /** The alternative to read: the first text/plain one, else the first HTML one, else the first. */
  private static Entity preferred(List<Entity> alternatives) {
    Entity html = null;
    for (Entity part : alternatives) {
      String type = part.getMimeType().toLowerCase(Locale.ROOT);
      if (type.equals("text/plain")) {
        return part;
      }
      if (html == null && type.equals("text/html")) {
        html = part;
      }
    }
    return html != null ? html : alternatives.get(0);
  }

  private static boolean isPatch(Entity entity, String type) {
    if (type.equals("text/x-diff") || type.equals("text/x-patch") || type.equals("text/x-diff-file")) {
      return true;
    }
    String name = entity.getFilename();
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".patch") || lower.endsWith(".diff");
  }

  private static String decode(SingleBody body, String charset) {
    try (InputStream in = body.getInputStream()) {
      return Charsets.decode(in.readAllBytes(), charset);
    } catch (IOException e) {
      // Bodies are held in memory; reading them fails only if storage does, and then there is no text to score.
      return "";
    }
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
