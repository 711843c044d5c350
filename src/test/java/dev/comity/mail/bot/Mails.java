package dev.comity.mail.bot;

/** Messages for the bot tests, written to read like a developer list: civil reviews and heated replies. */
public final class Mails {
  private Mails() {}

  public static String mail(String id, String subject, String body) {
    return "From: Kurt Example <kurt@example.org>\n"
        + "To: dev@lists.example.org\n"
        + "Subject: " + subject + "\n"
        + "Date: Tue, 17 Nov 2026 14:55:00 +0000\n"
        + "Message-ID: <" + id + "@lists.example.org>\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: text/plain; charset=UTF-8\n"
        + "\n"
        + body;
  }

  public static String civil(String id) {
    return mail(id, "Re: [PATCH v3 2/4] mm: fix refcount leak in the error path",
        "Thanks for the quick turnaround. v3 drops the extra lock and the error path\n"
            + "now releases the page before returning. I ran the stress test overnight\n"
            + "without a single splat.\n\nReviewed-by: Anna Example <anna@example.org>\n");
  }

  /** Flagged at review: blames the person instead of the patch. */
  public static String dismissive(String id) {
    return mail(id, "Re: [PATCH v3 2/4] mm: fix refcount leak in the error path",
        "> Could you explain why the lock is still needed?\n\n"
            + "I have explained this three times now. Maybe the problem is you, not the patch.\n");
  }

  /** Flagged at review: name-calling. */
  public static String insult(String id) {
    return mail(id, "Re: [RFC] drop the legacy ioctl",
        "Keeping the legacy ioctl costs us nothing.\nOnly an idiot would break userspace over this.\n");
  }
}
