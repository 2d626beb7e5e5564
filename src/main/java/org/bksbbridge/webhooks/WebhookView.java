package org.bksbbridge.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook as listed: never its secret.
 *
 * @param lastDelivery its latest delivery, or null before the first
 */
public record WebhookView(
    long id,
    String url,
    List<String> events,
    boolean batch,
    String status,
    String statusReason,
    Instant createdAt,
    String createdBy,
    Instant failingSince,
    DeliveryView lastDelivery) {

  static WebhookView of(Webhook w, DeliveryView last) {
    return new WebhookView(
        w.getId(),
        w.getUrl(),
        w.types(),
        w.getBatchMax() > 1,
        w.getStatus().name(),
        w.getStatusReason(),
        w.getCreatedAt(),
        w.getCreatedBy(),
        w.getFailingSince(),
        last);
  }

  /** The answer to a creation or a rotation: the secret, shown this once. */
  @Schema(name = "WebhookWithSecret")
  public record WithSecret(long id, String secret, WebhookView webhook) {}
}
