package org.bksbbridge.bksb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database-backed call log, owner of {@code bksb_call_log}. Each entry commits on its own, so
 * the calls of a chunk that rolls back are still there to explain why.
 */
@ApplicationScoped
public class CallLog implements CallRecorder {
  @Inject EntityManager em;

  /**
   * Which calls a list shows; null fields do not filter. {@code ok} true: 2xx answers, false:
   * everything else (no answer included); {@code status} one exact status (0: no answer).
   */
  public record Filter(
      String centreId, Long executionId, Boolean ok, Integer status, String endpoint) {}

  /** One page of calls, newest first, and how many match in all. */
  public record Page(List<BksbCall> items, long total) {}

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(BksbCall call) {
    em.persist(new CallLogEntry(call));
  }

  /** A page of a centre's calls, newest first; {@code page} from 1. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Page page(Filter f, int page, int size) {
    StringBuilder where = new StringBuilder(" where e.centreId = :centre");
    Map<String, Object> params = new HashMap<>();
    params.put("centre", f.centreId());
    if (f.executionId() != null) {
      where.append(" and e.executionId = :execution");
      params.put("execution", f.executionId());
    }
    if (f.status() != null) {
      where.append(" and e.status = :status");
      params.put("status", f.status());
    } else if (Boolean.TRUE.equals(f.ok())) {
      where.append(" and e.status >= 200 and e.status < 300");
    } else if (Boolean.FALSE.equals(f.ok())) {
      where.append(" and (e.status < 200 or e.status >= 300)");
    }
    if (f.endpoint() != null) {
      where.append(" and e.endpoint = :endpoint");
      params.put("endpoint", f.endpoint());
    }
    TypedQuery<Long> count =
        em.createQuery("select count(e) from CallLogEntry e" + where, Long.class);
    TypedQuery<CallLogEntry> rows =
        em.createQuery(
            "select e from CallLogEntry e" + where + " order by e.calledAt desc, e.id desc",
            CallLogEntry.class);
    params.forEach(count::setParameter);
    params.forEach(rows::setParameter);
    List<BksbCall> items =
        rows.setFirstResult((page - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(CallLogEntry::toCall)
            .toList();
    return new Page(items, count.getSingleResult());
  }

  /**
   * Deletes up to {@code batch} calls made before {@code cutoff}, in a transaction of its own, so
   * that a large backlog is removed in many short transactions rather than one that holds its locks
   * for minutes. Servers sweeping at once may pick the same rows: one deletes them, the other
   * deletes nothing.
   *
   * @return how many were deleted
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteBefore(Instant cutoff, int batch) {
    List<Long> ids =
        em.createQuery(
                "select e.id from CallLogEntry e where e.calledAt < :cutoff order by e.calledAt",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(batch)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery("delete from CallLogEntry e where e.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
