package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhooks and their deliveries (tables {@code webhook}, {@code webhook_delivery}): their one
 * owner. Joins the caller's transaction.
 */
@ApplicationScoped
public class WebhookRepository {
  @Inject EntityManager em;

  Webhook add(Webhook w) {
    em.persist(w);
    em.flush();
    return w;
  }

  Optional<Webhook> find(long id) {
    return Optional.ofNullable(em.find(Webhook.class, id));
  }

  /** Locked for the caller's transaction: two servers fanning out take turns. */
  Optional<Webhook> locked(long id) {
    return Optional.ofNullable(em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  List<Webhook> ofCentre(String centreId) {
    return em.createNamedQuery("Webhook.ofCentre", Webhook.class)
        .setParameter("c", centreId)
        .getResultList();
  }

  long countOfCentre(String centreId) {
    return em.createNamedQuery("Webhook.countOfCentre", Long.class)
        .setParameter("c", centreId)
        .getSingleResult();
  }

  List<Long> active() {
    return em.createNamedQuery("Webhook.active", Long.class)
        .setParameter("active", Webhook.Status.ACTIVE)
        .getResultList();
  }

  /** The webhook and its delivery log. */
  void remove(Webhook w) {
    em.createNamedQuery("WebhookDelivery.deleteOfWebhook")
        .setParameter("w", w.getId())
        .executeUpdate();
    em.remove(w);
  }

  void addDelivery(WebhookDelivery d) {
    em.persist(d);
  }

  Optional<WebhookDelivery> delivery(long id) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, id));
  }

  /** The deliveries due now, longest waiting first. */
  List<Long> due(Instant now, int max) {
    return em.createNamedQuery("WebhookDelivery.due", Long.class)
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
}
