package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jobs' own counters. {@link #add} joins the chunk's transaction, so counts roll back with the
 * chunk they describe; {@link #set} may run where the runtime gives no transaction (a partition
 * mapper) and then makes its own.
 */
@ApplicationScoped
@Transactional
public class JobCounters {
  /** The partition number of counters that describe the whole job. */
  public static final int WHOLE_JOB = -1;

  @Inject EntityManager em;

  public void add(long jobInstanceId, int partition, Map<String, Long> counts) {
    Map<String, JobCounter> rows = rows(jobInstanceId, partition);
    counts.forEach((name, n) -> row(rows, jobInstanceId, partition, name).add(n));
  }

  public void set(long jobInstanceId, int partition, String name, long value) {
    row(rows(jobInstanceId, partition), jobInstanceId, partition, name).set(value);
  }

  /** Sets several counters in one write. */
  public void set(long jobInstanceId, int partition, Map<String, Long> values) {
    Map<String, JobCounter> rows = rows(jobInstanceId, partition);
    values.forEach((name, v) -> row(rows, jobInstanceId, partition, name).set(v));
  }

  /** Every counter of a job instance, summed over its partitions. */
  public Map<String, Long> totals(long jobInstanceId) {
    Map<String, Long> out = new TreeMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.name, sum(c.amount) from JobCounter c where c.jobInstanceId = :j"
                    + " group by c.name",
                Object[].class)
            .setParameter("j", jobInstanceId)
            .getResultList()) {
      out.put((String) r[0], ((Number) r[1]).longValue());
    }
    return out;
  }

  /** The totals of several job instances in one query (a page of the jobs console). */
  public Map<Long, Map<String, Long>> totals(Collection<Long> jobInstanceIds) {
    Map<Long, Map<String, Long>> out = new HashMap<>();
    if (jobInstanceIds.isEmpty()) {
      return out;
    }
    for (Object[] r :
        em.createQuery(
                "select c.jobInstanceId, c.name, sum(c.amount) from JobCounter c"
                    + " where c.jobInstanceId in :j group by c.jobInstanceId, c.name",
                Object[].class)
            .setParameter("j", List.copyOf(jobInstanceIds))
            .getResultList()) {
      out.computeIfAbsent(((Number) r[0]).longValue(), i -> new TreeMap<>())
          .put((String) r[1], ((Number) r[2]).longValue());
    }
    return out;
  }

  private Map<String, JobCounter> rows(long jobInstanceId, int partition) {
    Map<String, JobCounter> rows = new HashMap<>();
    em.createQuery(
            "select c from JobCounter c where c.jobInstanceId = :j and c.partition = :p",
            JobCounter.class)
        .setParameter("j", jobInstanceId)
        .setParameter("p", partition)
        .getResultList()
        .forEach(c -> rows.put(c.getName(), c));
    return rows;
  }

  private JobCounter row(Map<String, JobCounter> rows, long instance, int partition, String name) {
    return rows.computeIfAbsent(
        name,
        n -> {
          JobCounter c = new JobCounter(instance, partition, n);
          em.persist(c);
          return c;
        });
  }

  /** Deletes the counters of these job instances (the job history purge). */
  public int forget(Collection<Long> jobInstanceIds) {
    return em.createQuery("delete from JobCounter c where c.jobInstanceId in :j")
        .setParameter("j", List.copyOf(jobInstanceIds))
        .executeUpdate();
  }
}
