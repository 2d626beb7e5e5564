package org.bksbbridge.webhooks;

import java.time.Instant;

/**
 * One line of a webhook's delivery log: which event, how it stands, its attempts and the last
 * answer (no body: the event has it while it is kept).
 */
public record DeliveryView(
    long id,
    String eventId,
    String eventType,
    String status,
    int attempts,
    Instant createdAt,
    Instant lastAttemptAt,
    Integer lastStatus,
    String lastError,
    Instant nextAttemptAt) {

  static DeliveryView of(WebhookDelivery d) {
    return new DeliveryView(
        d.getId(),
        "evt_" + d.getEventId(),
        d.getEventType(),
        d.getStatus().name(),
        d.getAttempts(),
        d.getCreatedAt(),
        d.getLastAttemptAt(),
        d.getLastStatus(),
        d.getLastError(),
        d.getStatus() == WebhookDelivery.Status.PENDING ? d.getNextAttemptAt() : null);
  }
}
