package org.bksbbridge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Gives committed events their feed position, and deletes old ones; each batch in a transaction of
 * its own with the counter locked. An event is positioned only once it is committed (one still
 * being written is not seen), so positions follow the commit order: a reader that has read to a
 * position never finds an event placed before it later.
 */
@ApplicationScoped
public class EventSequencing {
  @Inject MisEventRepository events;

  /** Positions up to {@code max} committed events; how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sequence(int max) {
    EventSequence s = events.lockedSequence();
    List<MisEvent> next = events.unsequenced(max);
    next.forEach(e -> e.positionAt(s.take()));
    return next.size();
  }

  /**
   * Deletes up to {@code max} positions of the events written before {@code before}; how many
   * events went (0: none left).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purge(Instant before, int max) {
    EventSequence s = events.lockedSequence();
    Long last = events.lastPositionBefore(before);
    if (last == null || last <= s.purgedThrough()) {
      return 0;
    }
    long through = Math.min(last, s.purgedThrough() + max);
    int deleted = events.purgeThrough(through);
    s.purgedThrough(through);
    // A range with no event left of it still moves the mark on.
    return Math.max(deleted, 1);
  }
}
