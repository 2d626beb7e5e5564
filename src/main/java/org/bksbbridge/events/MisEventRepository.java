package org.bksbbridge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The events and the feed's counter (tables {@code mis_event}, {@code mis_event_sequence}): their
 * one owner. Joins the caller's transaction.
 */
@ApplicationScoped
public class MisEventRepository {
  @Inject EntityManager em;

  /** Written with the change; flushed with it. */
  void add(MisEvent e) {
    em.persist(e);
  }

  /** The counter, locked for the caller's transaction. */
  EventSequence lockedSequence() {
    return em.find(EventSequence.class, EventSequence.FEED, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The counter as last committed. */
  EventSequence sequence() {
    EventSequence s = em.find(EventSequence.class, EventSequence.FEED);
    em.refresh(s);
    return s;
  }

  /**
   * Committed events without a position yet, oldest first: by the time they were written, then by
   * id (ids are handed out in blocks per server, so they alone are no order).
   */
  List<MisEvent> unsequenced(int max) {
    return em.createNamedQuery("MisEvent.unsequenced", MisEvent.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The centre's events positioned after {@code after}, in position order. */
  public List<MisEvent> page(String centreId, long after, int max) {
    return em.createNamedQuery("MisEvent.page", MisEvent.class)
        .setParameter("c", centreId)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }

  /** The feed's end: the highest position given so far. */
  public long end() {
    return sequence().lastGiven();
  }

  /** The highest position of an event written before {@code before}; null if none. */
  Long lastPositionBefore(Instant before) {
    return em.createNamedQuery("MisEvent.lastPositionBefore", Long.class)
        .setParameter("before", before)
        .getSingleResult();
  }

  int purgeThrough(long through) {
    return em.createNamedQuery("MisEvent.purgeThrough")
        .setParameter("through", through)
        .executeUpdate();
  }

  /** These events, in position order. */
  public List<MisEvent> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("MisEvent.byIds", MisEvent.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
