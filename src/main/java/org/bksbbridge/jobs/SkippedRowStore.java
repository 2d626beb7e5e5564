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
    find(jobInstanceId, row).describe(reference, reason);
  }

  private SkippedRow find(long jobInstanceId, long row) {
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
    return skipped;
  }

  /**
   * Records a whole unit that failed (a bksb account) rather than one record: numbered below zero
   * so it never meets a record's row number, and listed first. Concurrent parts of one job (the
   * partitions of a step) each record their own row for the same unit (part 1, 2...; 0 for the
   * whole job), since a row they shared would be inserted twice at once.
   */
  public void recordFailure(
      long jobInstanceId, long executionId, long unitId, int part, String label, String reason) {
    SkippedRow row = find(jobInstanceId, -(unitId * 1000 + part));
    row.describe(label, reason);
    row.failedIn(executionId);
  }

  /** A whole unit that failed (a bksb account), as {@link #recordFailure} recorded it first. */
  public record Failure(long unitId, String label, String reason) {
    @Override
    public String toString() {
      return label + ": " + reason;
    }
  }

  /**
   * The whole units that failed in one execution of a job, each once. Not those of the execution a
   * restart continues: a restart tries them again (their keys may have been put right meanwhile),
   * and one still failing fails again at its first call.
   */
  public java.util.Map<Long, Failure> failedUnits(long jobInstanceId, long executionId) {
    java.util.Map<Long, Failure> byUnit = new java.util.LinkedHashMap<>();
    em.createQuery(
            "select s from SkippedRow s where s.jobInstanceId = :job and s.rowNumber < 0"
                + " and s.executionId = :execution order by s.rowNumber desc",
            SkippedRow.class)
        .setParameter("job", jobInstanceId)
        .setParameter("execution", executionId)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(200)
        .getResultStream()
        .forEach(
            s -> {
              long unit = -s.getRowNumber() / 1000;
              byUnit.putIfAbsent(unit, new Failure(unit, s.getReference(), s.getReason()));
            });
    return byUnit;
  }

  /** The whole units that failed in one execution, as "label: reason", each unit once. */
  public List<String> failures(long jobInstanceId, long executionId) {
    return failedUnits(jobInstanceId, executionId).values().stream()
        .map(Failure::toString)
        .toList();
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

  /** Deletes the skipped rows of these job instances (the job history purge). */
  public int forget(java.util.Collection<Long> jobInstanceIds) {
    return em.createQuery("delete from SkippedRow s where s.jobInstanceId in :j")
        .setParameter("j", List.copyOf(jobInstanceIds))
        .executeUpdate();
  }
}
