package dev.comity.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.comity.api.Message;
import dev.comity.mail.HeaderRewriter;
import dev.comity.mail.MailLimits;
import dev.comity.mail.MailParser;
import java.io.IOException;
import java.util.List;

/**
 * Messages read together and scored by one worker, in input order. Reading a batch only splits the input; the costly
 * decoding (JSON parsing, MIME parsing) happens in {@link #item}, on the worker thread.
 */
interface Batch {
  /** Number of messages. */
  int size();

  /** Input bytes the batch was read from, for progress. */
  long bytes();

  /** The {@code index}th message, decoded. Thread-safe. */
  Item item(int index);

  /**
   * One message of an input, or the reason it could not be read.
   *
   * @param source the input's name: a path as given, or {@code -} for standard input
   * @param line 1-based line of a JSONL input or of an mbox message's From_ line, 0 for a whole-file message
   * @param id the message's id when known: the JSONL {@code id}, the path of a text file, a mail's Message-ID
   * @param text the message text, or {@code null} when {@code error} is set
   * @param error what was wrong with the input, {@code path:line[:column]: problem}; or {@code null}
   * @param mail for a mail, the parsed message (its text is {@code text}, with author, date and reply fields); or
   *     {@code null}
   * @param truncated whether reading the message stopped at a limit, so {@code text} holds only part of it
   */
  record Item(String source, long line, String id, String text, String error, Message mail, boolean truncated) {
    /** An item that is not a mail. */
    Item(String source, long line, String id, String text, String error) {
      this(source, line, id, text, error, null, false);
    }
  }

  /** Whole-file messages, already read. */
  record Texts(List<Item> items, long bytes) implements Batch {
    @Override
    public int size() {
      return items.size();
    }

    @Override
    public Item item(int index) {
      return items.get(index);
    }
  }

  /**
   * Raw mail messages, from mbox archives or message files.
   *
   * @param mails the messages, or the reason one could not be read
   * @param limits the bounds on parsing each message
   * @param bytes input bytes (uncompressed) the batch was read from
   */
  record Mails(List<Mail> mails, MailLimits limits, long bytes) implements Batch {
    /**
     * One raw message.
     *
     * @param source the input's name
     * @param line 1-based line of its From_ line in an mbox, 0 for a message file
     * @param raw the message's bytes, or {@code null} when {@code error} is set
     * @param error {@code path: problem} when the file could not be read, or {@code null}
     * @param cut whether the message was longer than the reader keeps, so {@code raw} is its start
     */
    record Mail(String source, long line, byte[] raw, String error, boolean cut) {}

    @Override
    public int size() {
      return mails.size();
    }

    @Override
    public Item item(int index) {
      Mail mail = mails.get(index);
      if (mail.error() != null) {
        return new Item(mail.source(), mail.line(), null, null, mail.error());
      }
      if (!HeaderRewriter.looksLikeMessage(mail.raw(), mail.raw().length)) {
        // Scored as mail it would be an empty message, reported as civil: say what it is instead.
        String where = mail.source() + (mail.line() > 0 ? ":" + mail.line() : "");
        return new Item(mail.source(), mail.line(), null, null,
            where + ": not a mail message (it does not start with a header field)");
      }
      MailParser.Parsed parsed = MailParser.parse(mail.raw(), limits);
      Message message = parsed.message();
      return new Item(
          mail.source(),
          mail.line(),
          message.id().orElse(null),
          message.text(),
          null,
          message,
          mail.cut() || parsed.truncated());
    }
  }

  /**
   * JSONL lines: the bytes of consecutive lines, and for each non-blank one its range in them and its line number.
   */
  record JsonLines(String source, byte[] data, int[] starts, int[] ends, long[] lines, int size, long bytes)
      implements Batch {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Item item(int index) {
      return parse(source, lines[index], data, starts[index], ends[index]);
    }

    /** Reads one {@code {"id": ..., "text": ...}} line; other fields are ignored. */
    static Item parse(String source, long line, byte[] data, int start, int end) {
      String id = null;
      try (JsonParser p = JSON.createParser(data, start, end - start)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return failed(source, line, 0, id, "expected a JSON object with a \"text\" field");
        }
        String text = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (field.equals("text")) {
            if (value != JsonToken.VALUE_STRING) {
              return failed(source, line, 0, id, "\"text\" must be a string");
            }
            text = p.getText();
          } else if (field.equals("id")) {
            if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
              id = p.getText();
            } else if (value != JsonToken.VALUE_NULL) {
              return failed(source, line, 0, id, "\"id\" must be a string, an integer or null");
            }
          } else {
            p.skipChildren();
          }
        }
        if (p.nextToken() != null) {
          return failed(source, line, 0, id, "more than one JSON value on the line");
        }
        return text == null
            ? failed(source, line, 0, id, "missing \"text\"")
            : new Item(source, line, id, text, null);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        // Jackson's messages quote the offending token, which is message text and must not reach logs or reports.
        return failed(source, line, column, id, e instanceof JsonEOFException ? "JSON ends early" : "not valid JSON");
      } catch (IOException e) {
        // Parsing a byte array does no IO; this is only how Jackson declares its errors.
        return failed(source, line, 0, id, e.toString());
      }
    }

    /** An item for a line that cannot be scored; {@code column} 0 when unknown. */
    private static Item failed(String source, long line, int column, String id, String problem) {
      String name = source.equals(Inputs.STDIN) ? "<stdin>" : source;
      String where = name + ":" + line + (column > 0 ? ":" + column : "");
      return new Item(source, line, id, null, where + ": " + problem);
    }
  }
}
