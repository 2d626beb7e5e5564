package org.bksbbridge.mail;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An email of the outbox as the API and the page show it (never its body). */
public record OutboxView(
    long id,
    String learnerReference,
    String recipient,
    String subject,
    String bksbUsername,
    OutboxStatus status,
    String reason,
    int attempts,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    Instant sentAt) {

  static OutboxView of(OutboxEmail e) {
    return new OutboxView(
        e.getId(),
        e.getLearnerReference(),
        e.getRecipient(),
        e.getSubject(),
        e.getBksbUsername(),
        e.getStatus(),
        e.getReason(),
        e.getAttempts(),
        e.getCreatedAt(),
        e.getLastAttemptAt(),
        e.getNextAttemptAt(),
        e.getSentAt());
  }

  /**
   * A page of a centre's outbox, newest first; smtpConfigured says whether this server has an SMTP
   * host now (without one, emails stay unsent).
   */
  @Schema(name = "OutboxPage")
  public record Page(
      String centreId,
      boolean smtpConfigured,
      List<OutboxView> items,
      int page,
      int size,
      long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
      return (long) page * size < total;
    }
  }
}
