package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bksbbridge.events.EventView;
import org.bksbbridge.events.MisEvent;
import org.bksbbridge.events.MisEventRepository;

/**
 * The deliveries' bookkeeping, each step in a transaction of its own: making a webhook's deliveries
 * from the feed (its row locked, so servers take turns and none is made twice), claiming one due
 * attempt for this server, and recording how it went, with the retry schedule and, after {@link
 * #DISABLE_AFTER} of failures, the webhook disabled.
 */
@ApplicationScoped
public class WebhookDispatch {
  /** Waits after the 1st, 2nd, ... failed attempt; after the last, the delivery is given up. */
  static final List<Duration> RETRIES =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(24));

  static final Duration DISABLE_AFTER = Duration.ofDays(3);

  /** Longer than an attempt's timeouts: a server that died mid-attempt leaves it to another. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @Inject WebhookRepository webhooks;
  @Inject WebhookDeliveryRepository deliveries;
  @Inject MisEventRepository events;
  @Inject Clock clock;

  /** One attempt to make: where, signed with what, and the event. */
  record Attempt(
      long deliveryId,
      long webhookId,
      String centreId,
      String url,
      String sealed,
      EventView event) {}

  /** Makes the webhook's deliveries of up to {@code max} new events; how many events it read. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int fanOut(long webhookId, int max) {
    Webhook w = webhooks.locked(webhookId).orElse(null);
    if (w == null || w.getStatus() != Webhook.Status.ACTIVE) {
      return 0;
    }
    List<MisEvent> next = events.page(w.getCentreId(), w.getFannedThrough(), max);
    Instant now = clock.instant();
    for (MisEvent e : next) {
      if (w.wants(e.getType())) {
        deliveries.add(new WebhookDelivery(webhookId, e.getId(), e.getType(), now));
      }
      w.fannedThrough(e.getPosition());
    }
    return next.size();
  }

  /** Takes a due delivery for this server; empty when another took it or it is gone. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Attempt> claim(long deliveryId) {
    Instant now = clock.instant();
    if (!deliveries.claim(deliveryId, now, now.plus(LEASE))) {
      return Optional.empty();
    }
    WebhookDelivery d = deliveries.find(deliveryId).orElseThrow();
    Webhook w = webhooks.find(d.getWebhookId()).orElse(null);
    List<MisEvent> event = events.byIds(List.of(d.getEventId()));
    if (w == null || w.getStatus() != Webhook.Status.ACTIVE || event.isEmpty()) {
      d.attempted(
          now,
          null,
          event.isEmpty() ? "the event is no longer kept" : "the webhook is disabled",
          null,
          false);
      return Optional.empty();
    }
    return Optional.of(
        new Attempt(
            deliveryId,
            w.getId(),
            w.getCentreId(),
            w.getUrl(),
            w.getSecretSealed(),
            EventView.of(event.get(0))));
  }

  /**
   * Records an attempt: delivered (a 2xx), or failed with the next try on the schedule or given up.
   *
   * @return the reason when this failure disabled the webhook, else empty
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> settle(long deliveryId, Integer status, String error) {
    Instant now = clock.instant();
    WebhookDelivery d = deliveries.find(deliveryId).orElse(null);
    if (d == null) {
      return Optional.empty();
    }
    Webhook w = webhooks.find(d.getWebhookId()).orElse(null);
    boolean ok = status != null && status >= 200 && status < 300;
    int failures = d.getAttempts() + 1;
    Instant next = ok || failures > RETRIES.size() ? null : now.plus(RETRIES.get(failures - 1));
    d.attempted(now, status, ok ? null : error, next, ok);
    if (w == null) {
      return Optional.empty();
    }
    if (ok) {
      w.answered();
      return Optional.empty();
    }
    Instant since = w.failing(now);
    if (w.getStatus() == Webhook.Status.ACTIVE && !since.plus(DISABLE_AFTER).isAfter(now)) {
      String why = "every delivery failed since " + since + "; the last: " + error;
      w.disable(why);
      return Optional.of(why);
    }
    return Optional.empty();
  }

  /** Settled deliveries (and their log) older than the events' retention. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetBefore(Instant before) {
    return deliveries.forgetBefore(before);
  }
}
