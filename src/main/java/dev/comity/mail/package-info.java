/**
 * Reading mail: RFC 5322 / MIME messages ({@link dev.comity.mail.MailParser}), mbox archives including gzip-compressed
 * pipermail archives ({@link dev.comity.mail.MboxReader}) and Maildir folders ({@link dev.comity.mail.Maildir}), turned
 * into {@link dev.comity.api.Message}s. MIME parsing is Apache James Mime4j's; this package only decides which text of
 * a message is worth scoring, decodes it forgivingly, and bounds the work per message ({@link
 * dev.comity.mail.MailLimits}).
 */
package dev.comity.mail;
