package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

  /** A webhook's deliveries due now, oldest first: a batch's candidates. */
  List<Long> dueOfWebhook(long webhookId, Instant now, int max) {
    return em.createNamedQuery("WebhookDelivery.dueOfWebhook", Long.class)
        .setParameter("w", webhookId)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
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
