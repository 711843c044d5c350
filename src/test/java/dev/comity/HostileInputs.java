package dev.comity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The hostile-input corpus: generators of texts and raw mails built to break a text pipeline or a mail reader, each
 * at any size. The tests run them at sizes CI can afford ({@code HostileInputTest}); the timing tool
 * ({@code benchmarks/jmh/java/dev/comity/bench/HostileTiming.java}) runs them at growing sizes to find the worst time
 * per MB. Every text holds an insult at its start and at its end, so a test can tell what was really scored.
 */
public final class HostileInputs {
  /** A named message text of about {@code size} UTF-16 code units. */
  public record Text(String name, IntFunction<String> generator) {
    public String of(int size) {
      return generator.apply(size);
    }
  }

  /** A named raw RFC 5322 mail of about {@code size} bytes. */
  public record Mail(String name, IntFunction<byte[]> generator) {
    public byte[] of(int size) {
      return generator.apply(size);
    }
  }

  private static final String HEAD = "Only an idiot would merge this.\n\n";
  private static final String TAIL = "\n\nYou absolute moron.\n";

  /** The message texts, by the name the tests and the timing tool print. */
  public static final List<Text> TEXTS = List.of(
      new Text("prose", n -> frame(n, "Thanks for the patch, the locking looks right to me now. ")),
      new Text("lone-surrogates", n -> frame(n, "id\uD800iot \uDC00moron\uDBFF\uDFFF \uDFFF\uD800x ")),
      new Text("nul-bytes", n -> frame(n, "you\u0000idiot\u0000\u0000 a\u0000b ")),
      new Text("combining-marks", n -> HEAD + "idiot" + "\u0301".repeat(Math.max(0, n - HEAD.length() - 5))),
      new Text("bidi-overrides", n -> frame(n, "\u202Eid\u202Ciot \u2066mo\u2069ron \u202Dstu\u200Fpid\u202C ")),
      new Text("zero-width", n -> frame(n, "i\u200Bd\u200Ci\u200Do\u2060t\uFEFF \u00AD")),
      new Text("whitespace", n -> frame(n, " \t\u00A0\u2003\r\r\n\u2028\u2029\u0085\u000B\f  \n \n\n\t")),
      new Text("spaces-only", n -> frame(n, " ")),
      new Text("blank-lines", n -> frame(n, "\n")),
      new Text("spaced-letters", n -> frame(n, "i d i o t . s-h-i-t_a_b ")),
      new Text("one-long-line", n -> HEAD.strip() + " " + "word ".repeat(Math.max(0, n / 5)) + "moron"),
      new Text("million-lines", n -> frame(n, "ok\n")),
      new Text("deep-quotes", n -> HEAD + ">".repeat(Math.max(0, n - HEAD.length() - TAIL.length())) + TAIL),
      new Text("nested-quote-lines", n -> frame(n, "> >> > >>> idiot\n")),
      new Text("patch-lines", n -> frame(n, "diff --git a/x b/x\n@@ -1,1 +1,1 @@\n-- \n+idiot\n")),
      new Text("log-lines", n -> frame(n, "\tat org.x.Y.z(Y.java:1)\nException in thread \"main\" x\n")),
      new Text("code-fences", n -> frame(n, "```\nidiot;\n~~~\n")),
      new Text("urls", n -> frame(n, "https://x.org/((((a_(b) www.idiot. mailto:")),
      new Text("signature-separators", n -> frame(n, "-- \nBob\n> On x wrote:\n")),
      new Text("attribution-lines", n -> frame(n, "On Mon, Jan 1, 2024 at 10:00 Jane <j@x.org> wrote:\n")),
      new Text("punctuation", n -> frame(n, "*!$@#.-_'\"")),
      new Text("digits", n -> frame(n, "1.2.3.4 1 2 3 ")),
      new Text("look-alikes", n -> frame(n, "\u0456d\u0456\u043Et \u0455\u0435\u0445 \u0442\u0443\u043F ")),
      new Text("expansions", n -> frame(n, "\uFDFA\uFB03\u00DF\u3392\u2474")),
      new Text("emoji", n -> frame(n, "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\uD83C\uDDFA\uD83C\uDDF8")));

  /** The raw mails, by name. */
  public static final List<Mail> MAILS = List.of(
      new Mail("plain-mail", n -> mail("text/plain; charset=utf-8", "8bit", frame(n, "A plain line of mail.\n"))),
      new Mail("invalid-utf8", HostileInputs::invalidUtf8),
      new Mail("nested-multiparts", n -> nestedMultiparts(Math.max(1, n / 60))),
      new Mail("many-parts", n -> manyParts(Math.max(1, n / 90))),
      new Mail("base64-body", HostileInputs::base64Body),
      new Mail("long-header", n -> longHeader(n)));

  private HostileInputs() {}

  /** The insult head, {@code unit} repeated to about {@code size} code units, the insult tail. */
  private static String frame(int size, String unit) {
    int repeats = Math.max(0, (size - HEAD.length() - TAIL.length()) / unit.length());
    return HEAD + unit.repeat(repeats) + TAIL;
  }

  private static byte[] mail(String contentType, String encoding, String body) {
    String header = "From: Jane <jane@example.org>\nTo: dev@lists.example.org\nSubject: Re: [PATCH v2] locking\n"
        + "Message-ID: <hostile@example.org>\nMIME-Version: 1.0\nContent-Type: " + contentType + "\n"
        + "Content-Transfer-Encoding: " + encoding + "\n\n";
    return concat(header.getBytes(US_ASCII), body.getBytes(UTF_8));
  }

  /** A UTF-8 body broken every few bytes: truncated sequences, overlongs, surrogates encoded, bytes 0xFE and 0xFF. */
  private static byte[] invalidUtf8(int size) {
    ByteArrayOutputStream body = new ByteArrayOutputStream(size + 64);
    body.writeBytes(HEAD.getBytes(US_ASCII));
    byte[] unit = {'i', 'd', (byte) 0xC3, 'i', 'o', 't', ' ', (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xC0, (byte) 0xAF,
      (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFE, (byte) 0xFF, (byte) 0xF4, (byte) 0x90, (byte) 0x80,
      (byte) 0x80, '\n'};
    while (body.size() < size - TAIL.length()) {
      body.writeBytes(unit);
    }
    body.writeBytes(TAIL.getBytes(US_ASCII));
    return concat(mail("text/plain; charset=utf-8", "8bit", ""), body.toByteArray());
  }

  /** {@code depth} multiparts, each the only part of the one above, around one text part. */
  private static byte[] nestedMultiparts(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int d = 0; d < depth; d++) {
      sb.append("--b").append(d).append("\nContent-Type: multipart/mixed; boundary=b").append(d + 1).append("\n\n");
    }
    sb.append("--b").append(depth).append("\nContent-Type: text/plain\n\n").append(HEAD).append(TAIL);
    for (int d = depth; d >= 0; d--) {
      sb.append("\n--b").append(d).append("--\n");
    }
    return mail("multipart/mixed; boundary=b0", "7bit", sb.toString());
  }

  /** One multipart/mixed with {@code parts} short text parts, the first and last holding an insult. */
  private static byte[] manyParts(int parts) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      String text = p == 0 ? HEAD : p == parts - 1 ? TAIL : "part " + p + " looks fine\n";
      sb.append("--sep\nContent-Type: text/plain; charset=us-ascii\n\n").append(text).append('\n');
    }
    return mail("multipart/mixed; boundary=sep", "7bit", sb.append("--sep--\n").toString());
  }

  /** A base64 body of about {@code size} bytes (lines of 76 characters). */
  private static byte[] base64Body(int size) {
    String text = frame(size * 3 / 4, "A plain line of mail, sent base64 encoded.\n");
    String encoded = java.util.Base64.getMimeEncoder().encodeToString(text.getBytes(UTF_8));
    return mail("text/plain; charset=utf-8", "base64", encoded.replace("\r\n", "\n") + "\n");
  }

  /** A Subject header folded over about {@code size} bytes of continuation lines. */
  private static byte[] longHeader(int size) {
    String subject = "Subject: idiot" + "\n x".repeat(Math.max(0, size / 3)) + "\n";
    return concat(subject.getBytes(US_ASCII), mail("text/plain", "7bit", HEAD + TAIL));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
