package org.bksbbridge.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/**
 * Sends one email through a Jakarta Mail session: Liberty's {@code mailSession} in the server, one
 * of the test's outside it. The session's authenticator (the mailSession's user and password) is
 * asked for credentials when it names a user, so the SMTP password never passes through here as
 * configuration.
 */
public final class MailSender {
  /** The reason of an email that stays unsent because no server is configured. */
  public static final String NO_SMTP = "not sent: no SMTP server configured";

  private MailSender() {}

  /** How an attempt went: sent, not sent (no SMTP), or failed with the reason. */
  public record Result(OutboxStatus status, String reason) {}

  /** Whether the session names an SMTP host. */
  public static boolean configured(Session session) {
    return session != null && !host(session).isBlank();
  }

  private static String host(Session s) {
    String h = s.getProperty("mail.smtp.host");
    if (h == null || h.isBlank()) {
      h = s.getProperty("mail.host");
    }
    return h == null ? "" : h.strip();
  }

  public static Result send(Session session, OutgoingMail mail, String secret) {
    if (!configured(session)) {
      return new Result(OutboxStatus.NOT_SENT, NO_SMTP);
    }
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom();
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      m.setText(mail.body(), StandardCharsets.UTF_8.name());
      m.saveChanges();
      try (Transport t = session.getTransport("smtp")) {
        String user = session.getProperty("mail.user");
        PasswordAuthentication login =
            user == null || user.isBlank()
                ? null
                : session.requestPasswordAuthentication(null, -1, "smtp", null, user);
        if (login == null) {
          t.connect();
        } else {
          t.connect(login.getUserName(), login.getPassword());
        }
        t.sendMessage(m, m.getAllRecipients());
      }
      return new Result(OutboxStatus.SENT, null);
    } catch (MessagingException | RuntimeException e) {
      return new Result(OutboxStatus.FAILED, reason(e, session, secret));
    }
  }

  /** What went wrong, in words an operator can act on, with the secret never in it. */
  static String reason(Exception e, Session session, String secret) {
    StringBuilder why =
        new StringBuilder("SMTP ")
            .append(host(session))
            .append(':')
            .append(
                session.getProperty("mail.smtp.port") == null
                    ? "25"
                    : session.getProperty("mail.smtp.port"))
            .append(": ")
            .append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    Throwable c = e.getCause();
    for (int depth = 0; c != null && depth < 3; depth++, c = c.getCause()) {
      why.append(" (").append(c).append(')');
    }
    String text = why.toString();
    return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
  }
}
