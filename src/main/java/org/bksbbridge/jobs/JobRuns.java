package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bksbbridge.server.ServerName;

/** The job_run table and its queries; each write in a transaction of its own. */
@ApplicationScoped
public class JobRuns {
  /** Statuses after which nothing changes. */
  static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Inject EntityManager em;
  @Inject jakarta.enterprise.event.Event<JobEnded> endings;

  /** Which runs a list shows. Null fields do not filter. */
  public record Filter(String jobName, String centreId, String status) {}

  /** Who looks: every run, or only runs of these centres (not runs of all centres). */
  public record Visible(boolean all, Set<String> centres) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void started(
      long executionId,
      long instanceId,
      String jobName,
      String centreId,
      String startedBy,
      Instant at,
      String since) {
    if (em.find(JobRun.class, executionId) == null) {
      JobRun run = new JobRun(executionId, instanceId, jobName, centreId, startedBy, at, since);
      run.ranOn(ServerName.current());
      em.persist(run);
    }
  }

  /** Records the end of a run whose status tells how it ended (see below). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ended(long executionId, String status, String exit, Instant at) {
    ended(executionId, status, exit, at, status);
  }

  /**
   * Records the run's end, and tells of it ({@link JobEnded}) in the same transaction.
   *
   * @param outcome how it ends (its status may still read STARTED while its listeners run)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ended(long executionId, String status, String exit, Instant at, String outcome) {
    JobRun r = em.find(JobRun.class, executionId);
    if (r != null) {
      r.ended(status, exit, at);
      endings.fire(
          new JobEnded(
              r.getJobName(), executionId, r.getCentreId(), outcome, exit, r.getStartedAt(), at));
    }
  }

  /**
   * The exit status a listener set after the run's end was recorded (the job's listeners end it in
   * their order, this table's first): the console shows what the execution says.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void exitStatusSet(long executionId, String exit) {
    JobRun r = em.find(JobRun.class, executionId);
    if (r != null && r.getEndedAt() != null) {
      r.ended(r.getBatchStatus(), exit, r.getEndedAt());
    }
  }

  /**
   * Asks the server running this run to stop it (Liberty stops only what runs in its own server):
   * false when the run is not recorded as running on another server.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean requestStop(long executionId, Instant at) {
    JobRun r = em.find(JobRun.class, executionId);
    if (r == null
        || ENDED.contains(r.getBatchStatus())
        || r.getServer() == null
        || r.getServer().equals(ServerName.current())) {
      return false;
    }
    r.stopRequested(at);
    return true;
  }

  /** The runs of this server that another server was asked to stop. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> stopsRequested() {
    return em.createQuery(
            "select r.executionId from JobRun r where r.server = :me"
                + " and r.stopRequestedAt is not null and r.batchStatus not in :ended",
            Long.class)
        .setParameter("me", ServerName.current())
        .setParameter("ended", ENDED)
        .getResultList();
  }

  /** Whether a caller may restart a run now; if not, the execution it was restarted as (if any). */
  public record RestartClaim(boolean claimed, Long restartedAs) {}

  /**
   * Claims the restart of a run, in one update: of callers restarting it at once (on any server)
   * one gets it, until it is made or dropped, or its claim is older than {@code staleBefore} (a
   * server that died while restarting). A run never recorded has nothing to claim on: claimed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public RestartClaim claimRestart(long executionId, Instant now, Instant staleBefore) {
    int taken =
        em.createQuery(
                "update JobRun r set r.restartClaimedAt = :now where r.executionId = :e"
                    + " and r.restartedAs is null"
                    + " and (r.restartClaimedAt is null or r.restartClaimedAt < :stale)")
            .setParameter("now", now)
            .setParameter("e", executionId)
            .setParameter("stale", staleBefore)
            .executeUpdate();
    JobRun r = taken == 1 ? null : em.find(JobRun.class, executionId);
    return new RestartClaim(taken == 1 || r == null, r == null ? null : r.getRestartedAs());
  }

  /** The claimed restart was made as this execution (null: it was not made, claim it again). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void restartSettled(long executionId, Long restartedAs, Instant now) {
    JobRun r = em.find(JobRun.class, executionId);
    if (r != null) {
      r.restarted(restartedAs, restartedAs == null ? null : now);
    }
  }

  /** The stop asked for was made (or the run had ended): not again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void stopDone(long executionId) {
    JobRun r = em.find(JobRun.class, executionId);
    if (r != null) {
      r.stopRequested(null);
    }
  }

  /** The run of one execution, or null (an execution from before runs were recorded). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public JobRun find(long executionId) {
    return em.find(JobRun.class, executionId);
  }

  /**
   * The run locked for the caller's transaction while it is still recorded as running, else null:
   * of two servers failing the same lost run, one does it and the other finds it settled.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  JobRun lockUnsettled(long executionId) {
    JobRun r =
        em.find(JobRun.class, executionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    return r == null || ENDED.contains(r.getBatchStatus()) ? null : r;
  }

  /** Runs whose stored status may be behind the batch runtime's. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<JobRun> unsettled() {
    return em.createQuery("select r from JobRun r where r.batchStatus not in :ended", JobRun.class)
        .setParameter("ended", ENDED)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Page page(Filter f, Visible v, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    String where = JobRunQueries.where(f, v, params);
    if (where == null) {
      return new Page(List.of(), 0);
    }
    TypedQuery<Long> count = em.createQuery("select count(r) from JobRun r" + where, Long.class);
    TypedQuery<JobRun> rows =
        em.createQuery(
            "select r from JobRun r" + where + " order by r.startedAt desc, r.executionId desc",
            JobRun.class);
    params.forEach(count::setParameter);
    params.forEach(rows::setParameter);
    List<JobRun> items = rows.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    return new Page(items, count.getSingleResult());
  }

  /**
   * The newest run of each of these jobs that worked for the centre: its own runs and runs of all
   * centres (centre_id null). A job never run there is absent. One small query per job.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<String, JobRun> latest(String centreId, Collection<String> jobNames) {
    Map<String, JobRun> out = new LinkedHashMap<>();
    for (String job : jobNames) {
      em.createQuery(
              "select r from JobRun r where r.jobName = :job"
                  + " and (r.centreId = :centre or r.centreId is null)"
                  + " order by r.startedAt desc, r.executionId desc",
              JobRun.class)
          .setParameter("job", job)
          .setParameter("centre", centreId)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(r -> out.put(job, r));
    }
    return out;
  }

  /**
   * When the last full (not incremental), completed run of these jobs that worked for the centre,
   * or for all centres, ended; empty when none has.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Instant> lastCompletedFullRunEnd(String centreId, Collection<String> jobNames) {
    // Newest first rather than max(): an aggregate would skip the Instant converter.
    return em.createQuery(
            "select r.endedAt from JobRun r where r.jobName in :jobs"
                + " and r.batchStatus = 'COMPLETED' and r.since is null and r.endedAt is not null"
                + " and (r.centreId = :centre or r.centreId is null) order by r.endedAt desc",
            Instant.class)
        .setParameter("jobs", List.copyOf(jobNames))
        .setParameter("centre", centreId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The latest execution of each of these job instances: only it may be restarted (the batch
   * runtime refuses an older one).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, Long> latest(Collection<Long> instanceIds) {
    Map<Long, Long> out = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return out;
    }
    for (Object[] r :
        em.createQuery(
                "select r.instanceId, max(r.executionId) from JobRun r"
                    + " where r.instanceId in :i group by r.instanceId",
                Object[].class)
            .setParameter("i", List.copyOf(instanceIds))
            .getResultList()) {
      out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return out;
  }

  /** The runs of these executions that the table holds, by execution id. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, JobRun> byIds(Collection<Long> executionIds) {
    Map<Long, JobRun> out = new HashMap<>();
    if (executionIds.isEmpty()) {
      return out;
    }
    em.createQuery("select r from JobRun r where r.executionId in :ids", JobRun.class)
        .setParameter("ids", List.copyOf(executionIds))
        .getResultList()
        .forEach(r -> out.put(r.getExecutionId(), r));
    return out;
  }

  /** The newest instance of each job for each centre (and for all): the purge keeps them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<Long> newestInstances() {
    return new java.util.HashSet<>(
        em.createQuery(
                "select max(r.instanceId) from JobRun r group by r.jobName, r.centreId", Long.class)
            .getResultList());
  }

  /** Deletes the runs of these job instances (the job history purge). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int forget(Collection<Long> instanceIds) {
    return em.createQuery("delete from JobRun r where r.instanceId in :i")
        .setParameter("i", List.copyOf(instanceIds))
        .executeUpdate();
  }

  /** One page of runs and how many match in all. */
  public record Page(List<JobRun> items, long total) {}
}
