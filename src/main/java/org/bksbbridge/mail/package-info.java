/**
 * The outbox: every email bksb-bridge sends (learners' bksb login details) is a row of {@code
 * mail_outbox} first, sent by the server through Liberty's {@code mailSession} ({@code mail/bksb}),
 * retried with backoff when SMTP fails, and listed for people ({@code GET .../outbox}, {@code
 * outbox.xhtml}). A message's body, with the centre's default password, is built only while it is
 * sent and never stored. Without an SMTP host nothing is sent: rows say so.
 */
package org.bksbbridge.mail;
