package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;

/** Records and lists skipped import rows; recording runs in the caller's transaction. */
@ApplicationScoped
public class SkippedRowStore {
  @Inject EntityManager em;

  /** Records a skip, or updates the one already recorded for that row of that import. */
  public void record(long jobInstanceId, long row, String reference, String reason) {
    SkippedRow skipped =
        em.createQuery(
                "select s from SkippedRow s where s.jobInstanceId = :job and s.rowNumber = :row",
                SkippedRow.class)
            .setParameter("job", jobInstanceId)
            .setParameter("row", row)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (skipped == null) {
      skipped = new SkippedRow(jobInstanceId, row);
      em.persist(skipped);
    }
    skipped.describe(reference, reason);
  }

  /**
   * Records a whole unit that failed (a bksb account) rather than one record: numbered below zero
   * so it never meets a record's row number, and listed first. Concurrent parts of one job (the
   * partitions of a step) each record their own row for the same unit (part 1, 2...; 0 for the
   * whole job), since a row they shared would be inserted twice at once.
   */
  public void recordFailure(
      long jobInstanceId, long unitId, int part, String label, String reason) {
    record(jobInstanceId, -(unitId * 1000 + part), label, reason);
  }

  /** The whole units that failed in a job instance, as "label: reason", each unit once. */
  public List<String> failures(long jobInstanceId) {
    java.util.Map<String, String> byUnit = new java.util.LinkedHashMap<>();
    em.createQuery(
            "select s from SkippedRow s where s.jobInstanceId = :job and s.rowNumber < 0"
                + " order by s.rowNumber desc",
            SkippedRow.class)
        .setParameter("job", jobInstanceId)
        .setMaxResults(200)
        .getResultStream()
        .forEach(s -> byUnit.putIfAbsent(s.getReference(), s.getReason()));
    return byUnit.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }

  public List<SkippedRow> list(long jobInstanceId, int first, int max) {
    return em.createQuery(
            "select s from SkippedRow s where s.jobInstanceId = :job order by s.rowNumber",
            SkippedRow.class)
        .setParameter("job", jobInstanceId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(long jobInstanceId) {
    return em.createQuery(
            "select count(s) from SkippedRow s where s.jobInstanceId = :job", Long.class)
        .setParameter("job", jobInstanceId)
        .getSingleResult();
  }
}
