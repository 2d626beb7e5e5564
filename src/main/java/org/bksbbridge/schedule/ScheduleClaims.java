package org.bksbbridge.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.List;

/** Claims scheduled runs in the database, so that of several servers exactly one starts each. */
@ApplicationScoped
public class ScheduleClaims {
  @Inject EntityManager em;
  @Inject ScheduleStore store;

  /** True if this server got the run; false if another server (or an earlier tick) has it. */
  public boolean claim(String slot, String server, Instant now) {
    try {
      store.insertClaim(slot, server, now);
      return true;
    } catch (PersistenceException | TransactionalException taken) {
      if (isClaimed(slot)) {
        return false;
      }
      throw taken;
    }
  }

  /**
   * When the schedule first ran on this database: the stored time, or, the first time it is asked,
   * {@code startedAt} stored (whichever server writes first wins, as with a claim).
   */
  public Instant origin(Instant startedAt) {
    Instant known = store.origin();
    if (known != null) {
      return known;
    }
    try {
      store.insertOrigin(startedAt);
      return startedAt;
    } catch (PersistenceException | TransactionalException taken) {
      Instant other = store.origin();
      if (other != null) {
        return other;
      }
      throw taken;
    }
  }

  /** The stored origin, or null while no server has ticked yet; writes nothing. */
  public Instant knownOrigin() {
    return store.origin();
  }

  public boolean isClaimed(String slot) {
    return em.find(ScheduleClaim.class, slot) != null;
  }

  public void release(String slot) {
    store.releaseClaim(slot);
  }

  public void started(String slot, Long executionId, String outcome) {
    store.recordStart(slot, executionId, outcome);
  }

  public int forgetBefore(Instant before) {
    return store.forgetClaimsBefore(before);
  }

  /** When the newest run that started a job was claimed, or null. */
  public Instant lastStarted() {
    return em.createQuery(
            "select max(c.claimedAt) from ScheduleClaim c where c.executionId is not null",
            Instant.class)
        .getSingleResult();
  }

  public List<ScheduleClaim> recent(int max) {
    return em.createQuery(
            "select c from ScheduleClaim c order by c.claimedAt desc", ScheduleClaim.class)
        .setMaxResults(max)
        .getResultList();
  }
}
