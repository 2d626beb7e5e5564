package org.bksbbridge.bksb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The database-backed call log. Each entry commits on its own, so the calls of a chunk that rolls
 * back are still there to explain why.
 */
@ApplicationScoped
public class CallLog implements CallRecorder {
  @Inject EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(BksbCall call) {
    em.persist(new CallLogEntry(call));
  }

  /** The newest calls of a centre first. */
  public List<BksbCall> recent(String centreId, int max) {
    return em.createQuery(
            "select e from CallLogEntry e where e.centreId = :c order by e.calledAt desc",
            CallLogEntry.class)
        .setParameter("c", centreId)
        .setMaxResults(max)
        .getResultStream()
        .map(CallLogEntry::toCall)
        .toList();
  }
}
