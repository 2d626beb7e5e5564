package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The webhooks' deliveries (table {@code webhook_delivery}): its one owner. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class WebhookDeliveryRepository {
  @Inject EntityManager em;

  void add(WebhookDelivery d) {
    em.persist(d);
  }

  Optional<WebhookDelivery> find(long id) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, id));
  }

  /** The deliveries due now, longest waiting first. */
  List<Long> due(Instant now, int max) {
    return em.createNamedQuery("WebhookDelivery.due", Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * A webhook's deliveries due now, longest waiting first, then in the order they were made: a
   * batch's candidates. Read along the due index (only what is due), never along all of the
   * webhook's deliveries: a bulk run leaves hundreds of thousands delivered.
   */
  List<Long> dueOfWebhook(long webhookId, Instant now, int max) {
    List<Long> ids =
        new ArrayList<>(
            em.createNamedQuery("WebhookDelivery.dueOfWebhook", Long.class)
                .setParameter("w", webhookId)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList());
    // A batch's events in the order they were made.
    Collections.sort(ids);
    return ids;
  }

  /** Moves a due delivery's next attempt to {@code lease}: false when it is not due any more. */
  boolean claim(long id, Instant now, Instant lease) {
    return em.createNamedQuery("WebhookDelivery.claim")
            .setParameter("id", id)
            .setParameter("now", now)
            .setParameter("lease", lease)
            .executeUpdate()
        == 1;
  }

  /** A webhook's deliveries, latest first. */
  List<WebhookDelivery> deliveries(long webhookId, int first, int max) {
    return em.createNamedQuery("WebhookDelivery.ofWebhook", WebhookDelivery.class)
        .setParameter("w", webhookId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Settled deliveries made before {@code before}: their events are gone too. */
  int forgetBefore(Instant before) {
    return em.createNamedQuery("WebhookDelivery.deleteBefore")
        .setParameter("before", before)
        .executeUpdate();
  }

  /** A webhook's whole delivery log, with the webhook. */
  void forgetOf(long webhookId) {
    em.createNamedQuery("WebhookDelivery.deleteOfWebhook")
        .setParameter("w", webhookId)
        .executeUpdate();
  }
}
