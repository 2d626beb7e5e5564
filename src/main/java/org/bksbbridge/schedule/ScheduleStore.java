package org.bksbbridge.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import org.bksbbridge.persistence.WriteClash;

/** The schedule's writes, each in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScheduleStore {
  @Inject EntityManager em;

  /** Fails (at the flush) when the slot is claimed already. */
  public void insertClaim(String slot, String server, Instant now) {
    em.persist(new ScheduleClaim(slot, server, now));
    em.flush();
  }

  /** Gives a claimed run back, for a later tick to claim again. */
  public void releaseClaim(String slot) {
    ScheduleClaim c = em.find(ScheduleClaim.class, slot);
    if (c != null) {
      em.remove(c);
    }
  }

  /** Forgets claims older than the given time; the table would otherwise grow with every run. */
  public int forgetClaimsBefore(Instant before) {
    return em.createQuery("delete from ScheduleClaim c where c.claimedAt < :t")
        .setParameter("t", before)
        .executeUpdate();
  }

  /** Fails (at the flush) when another server wrote the origin first. */
  public void insertOrigin(Instant firstStarted) {
    em.persist(new ScheduleOrigin(firstStarted));
    em.flush();
  }

  /** When the schedule first ran on this database, or null before its first tick. */
  public Instant origin() {
    ScheduleOrigin o = em.find(ScheduleOrigin.class, ScheduleOrigin.ID);
    return o == null ? null : o.getFirstStartedAt();
  }

  public void recordStart(String slot, Long executionId, String outcome) {
    ScheduleClaim c = em.find(ScheduleClaim.class, slot);
    if (c != null) {
      c.started(executionId, outcome);
    }
  }

  /**
   * The stored schedule, read in a transaction of its own: outside one, Liberty keeps what a
   * request read before (its local transaction's persistence context), and a request that saves the
   * schedule would answer with what it read before saving.
   */
  public ScheduleSettings current() {
    return em.find(ScheduleSettings.class, ScheduleSettings.ID);
  }

  public ScheduleSettings save(LocalTime nightly, int minutes, Instant at, String by) {
    ScheduleSettings s = em.find(ScheduleSettings.class, ScheduleSettings.ID);
    if (s == null) {
      s = new ScheduleSettings(nightly, minutes);
      em.persist(s);
    }
    s.change(nightly, minutes, at, by);
    WriteClash.flush(
        em,
        "the schedule was saved by another request at the same moment: reload it and save again");
    return s;
  }
}
