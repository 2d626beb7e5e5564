package org.bksbbridge.mail;

/** Where an email of the outbox is. */
public enum OutboxStatus {
  /** Waiting for its first attempt. */
  QUEUED,
  SENT,
  /** The last attempt failed (the reason says why); tried again at its next attempt, if any. */
  FAILED,
  /** Not sent and not tried again: no SMTP server is configured. */
  NOT_SENT
}
