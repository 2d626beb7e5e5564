package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * One attempt to make: where, signed with what, and its deliveries' events (one, or up to the
   * webhook's batch in feed order).
   */
  record Attempt(
      List<Long> deliveryIds,
      long webhookId,
      String centreId,
      String url,
      String sealed,
      boolean batch,
      List<EventView> events) {}

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

  /**
   * Takes a due delivery for this server, and for a batch webhook up to its batch of the others
   * due; empty when another server took it, or its webhook or event is gone (then it fails).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Attempt> claim(long deliveryId) {
    Instant now = clock.instant();
    if (!deliveries.claim(deliveryId, now, now.plus(LEASE))) {
      return Optional.empty();
    }
    WebhookDelivery first = deliveries.find(deliveryId).orElseThrow();
    Webhook w = webhooks.find(first.getWebhookId()).orElse(null);
    if (w == null || w.getStatus() != Webhook.Status.ACTIVE) {
      first.attempted(now, null, "the webhook is disabled", null, false);
      return Optional.empty();
    }
    Map<Long, WebhookDelivery> claimed = new LinkedHashMap<>();
    claimed.put(first.getEventId(), first);
    for (long other : deliveries.dueOfWebhook(w.getId(), now, w.getBatchMax())) {
      if (claimed.size() < w.getBatchMax()
          && other != deliveryId
          && deliveries.claim(other, now, now.plus(LEASE))) {
        WebhookDelivery d = deliveries.find(other).orElseThrow();
        claimed.put(d.getEventId(), d);
      }
    }
    List<Long> ids = new ArrayList<>();
    List<EventView> views = new ArrayList<>();
    for (MisEvent e : events.byIds(claimed.keySet())) {
      ids.add(claimed.remove(e.getId()).getId());
      views.add(EventView.of(e));
    }
    // What is left has no event any more: retention went past it.
    claimed
        .values()
        .forEach(d -> d.attempted(now, null, "the event is no longer kept", null, false));
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attempt(
            ids,
            w.getId(),
            w.getCentreId(),
            w.getUrl(),
            w.getSecretSealed(),
            w.getBatchMax() > 1,
            views));
  }

  /**
   * Records an attempt of these deliveries: delivered (a 2xx), or failed with the next try on the
   * schedule or given up.
   *
   * @return the reason when this failure disabled the webhook, else empty
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> settle(List<Long> deliveryIds, Integer status, String error) {
    Instant now = clock.instant();
    boolean ok = status != null && status >= 200 && status < 300;
    Long webhookId = null;
    for (long id : deliveryIds) {
      WebhookDelivery d = deliveries.find(id).orElse(null);
      if (d != null) {
        int failures = d.getAttempts() + 1;
        Instant next = ok || failures > RETRIES.size() ? null : now.plus(RETRIES.get(failures - 1));
        d.attempted(now, status, ok ? null : error, next, ok);
        webhookId = d.getWebhookId();
      }
    }
    Webhook w = webhookId == null ? null : webhooks.find(webhookId).orElse(null);
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
