package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The alerts (table {@code alert}): its one owner. Joins the caller's transaction. */
@ApplicationScoped
public class AlertRepository {
  @Inject EntityManager em;

  /**
   * The centre's open alert of the kind, locked for the caller's transaction: two servers raising
   * it at once count both occurrences and email once.
   */
  public Optional<Alert> openOf(String centreId, AlertKind kind) {
    return em.createNamedQuery("Alert.openOf", Alert.class)
        .setParameter("c", centreId)
        .setParameter("k", kind)
        .setParameter("open", Alert.Status.OPEN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** When the centre was last emailed about the kind, by any of its alerts; null if never. */
  public Instant lastEmailed(String centreId, AlertKind kind) {
    return em.createNamedQuery("Alert.lastEmailed", Instant.class)
        .setParameter("c", centreId)
        .setParameter("k", kind)
        .getSingleResult();
  }

  public Alert add(Alert a) {
    em.persist(a);
    em.flush();
    return a;
  }

  public Optional<Alert> find(long id) {
    return Optional.ofNullable(em.find(Alert.class, id));
  }

  /** The centre's open alerts and those resolved since {@code since}, latest first. */
  public List<Alert> ofCentre(String centreId, Instant since) {
    return em.createNamedQuery("Alert.ofCentre", Alert.class)
        .setParameter("c", centreId)
        .setParameter("open", Alert.Status.OPEN)
        .setParameter("since", since)
        .setMaxResults(100)
        .getResultList();
  }

  /** Open alerts with occurrences no email told of, last emailed before {@code before}. */
  public List<Alert> unsentBefore(Instant before) {
    return em.createNamedQuery("Alert.unsentBefore", Alert.class)
        .setParameter("open", Alert.Status.OPEN)
        .setParameter("before", before)
        .setMaxResults(500)
        .getResultList();
  }
}
