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

  /** Totals are exact up to here; beyond, a page says there are more. */
  public static final int COUNTED = 10_000;

  /**
   * Which calls a list shows; null fields do not filter. {@code ok} true: 2xx answers, false:
   * everything else (no answer included); {@code status} one exact status (0: no answer).
   */
  public record Filter(
      String centreId, Long executionId, Boolean ok, Integer status, String endpoint) {}

  /**
   * One page of calls, newest first. {@code total} is exact when {@code totalExact}; otherwise at
   * least that many match (counted to {@link #COUNTED}, or to the end of the page asked for).
   */
  public record Page(List<BksbCall> items, long total, boolean totalExact) {}

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(BksbCall call) {
    em.persist(new CallLogEntry(call));
  }

  /**
   * A page of a centre's calls, newest first; {@code page} from 1. The matching ids are read in
   * order along the filter's index, up to the page's end or {@link #COUNTED} (whichever is further)
   * plus one: that counts them, tells whether there are more, and names the page's rows, without a
   * count(*) that would read every call of a busy centre.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Page page(Filter f, int page, int size) {
    return page(f, page, size, COUNTED);
  }

  /** The same, counting exactly up to {@code counted} (tests use small numbers). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Page page(Filter f, int page, int size, int counted) {
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
    } else if (f.ok() != null) {
      where.append(" and e.ok = :ok");
      params.put("ok", f.ok());
    }
    if (f.endpoint() != null) {
      where.append(" and e.endpoint = :endpoint");
      params.put("endpoint", f.endpoint());
    }
    int offset = (page - 1) * size;
    int limit = Math.max(counted, offset + size) + 1;
    TypedQuery<Long> ids =
        em.createQuery(
            "select e.id from CallLogEntry e" + where + " order by e.calledAt desc, e.id desc",
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> matching = ids.setMaxResults(limit).getResultList();
    boolean more = matching.size() == limit;
    long total = more ? limit - 1 : matching.size();
    List<Long> shown =
        matching.subList(Math.min(offset, matching.size()), Math.min(offset + size, (int) total));
    if (shown.isEmpty()) {
      return new Page(List.of(), total, !more);
    }
    List<BksbCall> items =
        em.createQuery(
                "select e from CallLogEntry e where e.id in :ids"
                    + " order by e.calledAt desc, e.id desc",
                CallLogEntry.class)
            .setParameter("ids", List.copyOf(shown))
            .getResultStream()
            .map(CallLogEntry::toCall)
            .toList();
    return new Page(items, total, !more);
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
