/*
 * Converts gzip pipermail archives (the R-devel and R-package-devel "*.txt.gz" months) to Comity JSONL, one line per
 * message: {"id": <Message-ID, or file#n when it has none>, "text": <decoded plain body>}.
 *
 *   java benchmarks/tools/PipermailToJsonl.java [--min-mb N] [DIR] > rdevel.jsonl
 *
 * DIR defaults to ../shared/datasets/r-devel-archive and is read recursively, files in path order, so the output is
 * deterministic. With --min-mb the corpus is written again (ids suffixed #r1, #r2, ...) until the output reaches N MB,
 * for throughput runs that want more data than the archive holds.
 *
 * This is the interim plain-body reader for benchmarks only: it decodes just what pipermail text archives need (header
 * continuation lines, quoted-printable or base64 bodies, a charset with per-byte ISO-8859-1 fallback, ">From "
 * unescaping). MIME structure is not parsed; the mail issue replaces this with a Mime4j-based reader in dev.comity.mail.
 * JDK only, so it runs as a single-file program without building the project.
 */

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

public final class PipermailToJsonl {
  private static final String DEFAULT_DIR = "../shared/datasets/r-devel-archive";
  /** "From sender  Sun Mar  1 18:17:33 2015": the asctime date tells a separator from a body line "From the docs". */
  private static final Pattern SEPARATOR =
      Pattern.compile("^From .*[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]?[0-9] [0-9:]{8} [0-9]{4}\\s*$");
  private static final Pattern HEADER = Pattern.compile("^([!-9;-~]+):[ \t]?(.*)$");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
  /** Pipermail archives decode bodies to the list charset or keep the sender's bytes; UTF-8 is the usual one. */
  private static final Charset DEFAULT_CHARSET = StandardCharsets.UTF_8;

  private final OutputStream out;
  private long bytesWritten;
  private long messagesWritten;

  private PipermailToJsonl(OutputStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    double minMb = 0;
    String dirArg = DEFAULT_DIR;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--min-mb") && i + 1 < args.length) {
        try {
          minMb = Double.parseDouble(args[++i]);
        } catch (NumberFormatException e) {
          usage();
        }
      } else if (args[i].startsWith("-")) {
        usage();
      } else {
        dirArg = args[i];
      }
    }
    Path dir = Path.of(dirArg);
    if (!Files.isDirectory(dir)) {
      System.err.println("PipermailToJsonl: no archive directory at " + dir.toAbsolutePath().normalize()
          + "; pass the directory holding the pipermail *.txt.gz files");
      System.exit(2);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".gz")).sorted().toList();
    }
    if (files.isEmpty()) {
      System.err.println("PipermailToJsonl: no *.gz files under " + dir);
      System.exit(2);
    }
    long minBytes = (long) (minMb * 1_000_000);
    long started = System.nanoTime();
    try (OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16)) {
      PipermailToJsonl converter = new PipermailToJsonl(stdout);
      long perCopy = 0;
      int copy = 0;
      do {
        for (Path f : files) {
          converter.convert(dir.relativize(f).toString().replace('\\', '/'), f, copy, minBytes);
        }
        if (copy == 0) {
          perCopy = converter.messagesWritten;
        }
        copy++;
      } while (converter.bytesWritten < minBytes && perCopy > 0);
      System.err.printf(Locale.ROOT, "%d files, %d messages (%d per copy, %d copies), %.1f MB JSONL, %.1f s%n",
          files.size(), converter.messagesWritten, perCopy, copy, converter.bytesWritten / 1e6,
          (System.nanoTime() - started) / 1e9);
    }
  }

  private static void usage() {
    System.err.println("usage: java benchmarks/tools/PipermailToJsonl.java [--min-mb N] [DIR] > FILE.jsonl");
    System.exit(2);
  }

  /** Writes the messages of one archive file; in copies after the first, stops as soon as {@code minBytes} is reached. */
  private void convert(String name, Path file, int copy, long minBytes) throws IOException {
    if (copy > 0 && bytesWritten >= minBytes) {
      return;
    }
    byte[] data;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      data = in.readAllBytes();
    }
    List<int[]> lines = lines(data);
    int n = 0;
    int i = 0;
    while (i < lines.size()) {
      if (!isSeparator(data, lines, i)) {
        i++; // text before the first separator: pipermail writes none, so skip it
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !isSeparator(data, lines, end)) {
        end++;
      }
      n++;
      if (copy == 0 || bytesWritten < minBytes) {
        writeMessage(data, lines.subList(i + 1, end), name + "#" + n, copy);
      }
      i = end;
    }
  }

  /**
   * A message starts at a dated "From " line followed by a header line: pipermail does not always escape body lines
   * starting with "From ".
   */
  private static boolean isSeparator(byte[] data, List<int[]> lines, int i) {
    return startsWith(data, lines.get(i), "From ")
        && i + 1 < lines.size()
        && SEPARATOR.matcher(ascii(data, lines.get(i))).matches()
        && HEADER.matcher(ascii(data, lines.get(i + 1))).matches();
  }

  private void writeMessage(byte[] data, List<int[]> lines, String fallbackId, int copy) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String last = null;
    int body = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = ascii(data, lines.get(i));
      if (line.isBlank()) {
        body = i + 1;
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (last != null) {
          headers.merge(last, line.strip(), (a, b) -> a + " " + b);
        }
        continue;
      }
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        body = i; // no blank line after the headers: the body starts at the first non-header line
        break;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      last = headers.containsKey(name) ? null : name; // the first of repeated headers wins
      if (last != null) {
        headers.put(name, m.group(2).strip());
      }
    }
    String id = headers.getOrDefault("message-id", "");
    if (id.isEmpty()) {
      id = fallbackId;
    }
    if (copy > 0) {
      id = id + "#r" + copy;
    }
    String text = decodeBody(data, lines.subList(body, lines.size()), headers);
    StringBuilder json = new StringBuilder(text.length() + id.length() + 24);
    json.append("{\"id\":");
    appendJsonString(json, id);
    json.append(",\"text\":");
    appendJsonString(json, text);
    json.append("}\n");
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    bytesWritten += bytes.length;
    messagesWritten++;
  }

  private static String decodeBody(byte[] data, List<int[]> lines, Map<String, String> headers) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int[] line : lines) {
      // Pipermail escapes body lines starting with "From " as ">From " (mboxo style).
      int start = startsWith(data, line, ">From ") ? line[0] + 1 : line[0];
      raw.write(data, start, line[1] - start);
      raw.write('\n');
    }
    byte[] bytes = raw.toByteArray();
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
      end--; // the blank lines pipermail puts between messages are not part of the body
    }
    String encoding = headers.getOrDefault("content-transfer-encoding", "").toLowerCase(Locale.ROOT);
    if (encoding.equals("quoted-printable")) {
      bytes = decodeQuotedPrintable(bytes, end);
      end = bytes.length;
    } else if (encoding.equals("base64")) {
      try {
        bytes = Base64.getMimeDecoder().decode(Arrays.copyOf(bytes, end));
        end = bytes.length;
      } catch (IllegalArgumentException e) {
        // Broken base64: keep the encoded text rather than lose the message.
      }
    }
    return decode(bytes, end, charset(headers.get("content-type")));
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType);
      if (m.find()) {
        try {
          return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          // Unknown or illegal charset name: fall through to the default.
        }
      }
    }
    return DEFAULT_CHARSET;
  }

  /** Decodes {@code bytes[0, end)}; each byte the charset cannot decode becomes the ISO-8859-1 char of that value. */
  static String decode(byte[] bytes, int end, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, end);
    CharBuffer out = CharBuffer.allocate(end + 16);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isOverflow()) {
        out = grow(out);
      } else if (r.isError()) {
        for (int k = 0; k < r.length(); k++) {
          if (!out.hasRemaining()) {
            out = grow(out);
          }
          out.put((char) (in.get() & 0xff));
        }
      } else {
        break; // underflow with endOfInput: every byte was consumed
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    return out.flip().toString();
  }

  private static CharBuffer grow(CharBuffer buffer) {
    CharBuffer bigger = CharBuffer.allocate(buffer.capacity() * 2 + 16);
    return bigger.put(buffer.flip());
  }

  /** RFC 2045 quoted-printable; a malformed escape is kept literally. */
  static byte[] decodeQuotedPrintable(byte[] in, int end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(end);
    for (int i = 0; i < end; i++) {
      byte b = in[i];
      if (b != '=') {
        out.write(b);
      } else if (i + 1 < end && in[i + 1] == '\n') {
        i++; // soft line break
      } else if (i + 2 < end && in[i + 1] == '\r' && in[i + 2] == '\n') {
        i += 2;
      } else if (i + 2 < end && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  /** Appends {@code s} as a JSON string; control chars and lone surrogates are escaped so the output is valid UTF-8. */
  static void appendJsonString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(sb, c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
  }

  /** Line boundaries {start, end} (end excludes the '\n'; a '\r' before it is kept) of the whole buffer. */
  private static List<int[]> lines(byte[] data) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start < data.length) {
      lines.add(new int[] {start, data.length});
    }
    return lines;
  }

  private static boolean startsWith(byte[] data, int[] line, String prefix) {
    if (line[1] - line[0] < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (data[line[0] + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Header lines are ASCII (RFC 5322); other bytes map one to one so nothing throws on a stray 8-bit header. */
  private static String ascii(byte[] data, int[] line) {
    return new String(data, line[0], line[1] - line[0], StandardCharsets.ISO_8859_1);
  }
}
