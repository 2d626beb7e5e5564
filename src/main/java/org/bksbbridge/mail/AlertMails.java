package org.bksbbridge.mail;

/**
 * Makes an alert email from its outbox row when it is sent (implemented where alerts live, so the
 * outbox sends them without knowing what an alert is).
 */
public interface AlertMails {
  /**
   * @throws IllegalStateException when the email cannot be made any more, with the reason
   */
  OutgoingMail prepare(OutboxEmail e);
}
