package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The webhooks (table {@code webhook}): its one owner. Joins the caller's transaction. */
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

  void remove(Webhook w) {
    em.remove(w);
  }
}
