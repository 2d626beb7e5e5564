package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.bksbbridge.refusal.Refusal;

/** The table of pending creations: what may exist in bksb without a link yet. */
@ApplicationScoped
public class PendingCreations {
  @Inject EntityManager em;
  @Inject Clock clock;

  public Optional<PendingCreation> find(long learnerId) {
    return em.createQuery(
            "select p from PendingCreation p where p.learnerId = :l", PendingCreation.class)
        .setParameter("l", learnerId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records the creation about to be asked of bksb, committed at once (whatever transaction the
   * caller is in). A stale record of the learner ({@code replacing}, as the caller read it) is
   * taken over only if nobody changed it since; a record made by someone else at the same moment
   * fails on the unique key. Either way someone else is creating the account now: a conflict.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void start(
      String centreId,
      long learnerId,
      long accountId,
      String username,
      String startedBy,
      PendingCreation replacing) {
    if (replacing != null) {
      int taken =
          em.createQuery(
                  "update PendingCreation p set p.username = :u, p.startedAt = :now,"
                      + " p.startedBy = :by, p.accountId = :a"
                      + " where p.learnerId = :l and p.startedAt = :seen")
              .setParameter("u", username)
              .setParameter("now", clock.instant())
              .setParameter("by", startedBy)
              .setParameter("a", accountId)
              .setParameter("l", learnerId)
              .setParameter("seen", replacing.getStartedAt())
              .executeUpdate();
      if (taken != 1) {
        throw busy();
      }
      return;
    }
    em.persist(
        new PendingCreation(centreId, learnerId, accountId, username, clock.instant(), startedBy));
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw busy();
    }
  }

  static Refusal busy() {
    return Refusal.conflict(
        "a bksb account for this learner is being created now: try again later");
  }

  /** In the caller's transaction: the one that links the new user. */
  @Transactional
  public void remove(long learnerId) {
    em.createQuery("delete from PendingCreation p where p.learnerId = :l")
        .setParameter("l", learnerId)
        .executeUpdate();
  }

  /** bksb surely made nothing (it refused the user): the record goes at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forget(long learnerId) {
    remove(learnerId);
  }
}
