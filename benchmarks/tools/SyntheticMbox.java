/*
 * Writes a synthetic mbox archive of a given size, for memory and throughput runs that need more mail than the
 * datasets hold (e.g. the 1 GB peak-heap measurement in benchmarks/README.md):
 *
 *   java benchmarks/tools/SyntheticMbox.java SIZE_MB OUT.mbox
 *
 * Messages are built from pieces written for this project (review replies with quotes, patches, logs, signatures, a
 * few heated lines), deterministically from a fixed seed: plain text, quoted-printable, base64, multipart/alternative
 * with HTML, a patch attachment, and now and then one large message (a few MB of log), so the archive exercises every
 * path of the mail reader. JDK only; runs as a single-file program without building the project.
 */

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;

public class SyntheticMbox {
  private static final String[] OPENINGS = {
    "Thanks for the review.", "I had a look at v3 of this series.", "Sorry for the late reply, I was travelling.",
    "This breaks the build on arm64 for me.", "Could you split the locking change into its own patch?",
    "Applied to the for-next branch, thanks.", "I still do not understand why this is needed.",
  };
  private static final String[] SENTENCES = {
    "The refcount is dropped before the last use of the buffer, so the worker can see freed memory.",
    "Please add a Fixes: tag and Cc stable, this went in with 6.1.",
    "Maybe the problem is you, not the patch.", "Only an idiot would merge this without running the tests.",
    "I have explained this three times now.", "The benchmark numbers look good, about 4% fewer cache misses.",
    "We discussed this at the summit and agreed to keep the old interface for one more release.",
    "Did you even read the documentation before sending this?", "This is a clean-up, no functional change.",
    "Stop sending half-baked patches, it wastes everyone's time.", "Looks fine to me otherwise.",
  };
  private static final String PATCH = "diff --git a/drivers/dma/core.c b/drivers/dma/core.c\n"
      + "--- a/drivers/dma/core.c\n+++ b/drivers/dma/core.c\n@@ -10,7 +10,7 @@ static int map(struct dev *d)\n"
      + " \tint ret;\n-\tret = dma_map(d, 0);\n+\tret = dma_map(d, DMA_ATTR_WEAK);\n \treturn ret;\n";
  private static final String LOG = "[  12.345678] BUG: kernel NULL pointer dereference, address: 0000000000000010\n"
      + "[  12.345690] RIP: 0010:dma_map+0x1c/0x60\n";

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java benchmarks/tools/SyntheticMbox.java SIZE_MB OUT.mbox");
      System.exit(2);
    }
    long target = (long) (Double.parseDouble(args[0]) * 1_000_000);
    SplittableRandom random = new SplittableRandom(20261122);
    long written = 0;
    int count = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
      while (written < target) {
        byte[] message = message(random, count).getBytes(StandardCharsets.UTF_8);
        out.write(message);
        written += message.length;
        count++;
      }
    }
    System.err.printf("%d messages, %.1f MB%n", count, written / 1e6);
  }

  private static String message(SplittableRandom random, int n) {
    StringBuilder body = new StringBuilder();
    body.append("On Mon, Nov 16, 2026 at 10:").append(10 + n % 50).append(" Dev ").append(n % 97)
        .append(" <dev").append(n % 97).append("@example.org> wrote:\n");
    for (int i = random.nextInt(1, 6); i > 0; i--) {
      body.append("> ").append(pick(random, SENTENCES)).append('\n');
    }
    body.append('\n').append(pick(random, OPENINGS)).append(' ');
    for (int i = random.nextInt(2, 20); i > 0; i--) {
      body.append(pick(random, SENTENCES)).append(random.nextInt(5) == 0 ? "\n\n" : " ");
    }
    body.append('\n');
    if (random.nextInt(4) == 0) {
      body.append('\n').append(PATCH);
    }
    if (random.nextInt(5) == 0) {
      body.append('\n').append(LOG.repeat(random.nextInt(1, 20)));
    }
    if (n % 5000 == 4999) {
      body.append(LOG.repeat(30_000)); // about 3 MB
    }
    body.append("\n-- \nDev ").append(n % 89).append('\n');
    String header = "From dev" + (n % 89) + "@example.org Mon Nov 16 10:" + (10 + n % 50) + ":00 2026\n"
        + "From: Dev " + (n % 89) + " <dev" + (n % 89) + "@example.org>\nTo: dev@lists.example.org\n"
        + "Subject: Re: [PATCH v" + (1 + n % 4) + " " + (n % 7) + "/7] dma: weak mappings\n"
        + "Date: Mon, 16 Nov 2026 10:" + (10 + n % 50) + ":00 +0000\nMessage-ID: <" + n + "@example.org>\n"
        + (n > 0 ? "In-Reply-To: <" + random.nextInt(n) + "@example.org>\n" : "") + "MIME-Version: 1.0\n";
    String text = body.toString().replace("\nFrom ", "\n>From ");
    switch (n % 6) {
      case 0:
        return header + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)).replace("\r\n", "\n")
            + "\n\n";
      case 1:
        return header + "Content-Type: multipart/alternative; boundary=alt" + n + "\n\n--alt" + n
            + "\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n--alt" + n
            + "\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>" + text.replace("\n", "<br>\n")
            + "</p></body></html>\n--alt" + n + "--\n\n";
      case 2:
        return header + "Content-Type: multipart/mixed; boundary=mix" + n + "\n\n--mix" + n
            + "\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n--mix" + n
            + "\nContent-Type: text/x-patch; name=fix.patch\nContent-Disposition: attachment; filename=fix.patch\n\n"
            + PATCH + "\n--mix" + n + "--\n\n";
      case 3:
        return header + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + text.replace("=", "=3D") + "\n";
      default:
        return header + "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n";
    }
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
