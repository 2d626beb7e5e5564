package org.bksbbridge.sync.claims;

import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bksbbridge.sync.users.AccountDirectory;
import org.eclipse.microprofile.config.Config;

/**
 * Which bksb accounts the running sync jobs hold. A claim counts while its execution runs and its
 * heartbeat is fresh; one left by a failed execution or a killed server is stale and is taken over.
 */
@ApplicationScoped
public class SyncClaims {
  /** Jobs that read or write an account's users, links or results. */
  public static final Set<String> SYNC_JOBS =
      Set.of(
          "bksb-nightly",
          "bksb-get-users",
          "bksb-match-users",
          "bksb-get-assessments",
          "bksb-create-users");

  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Inject EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Clock clock;

  /** MicroProfile Config where there is one (not under JBeret SE, where the default holds). */
  @Inject Instance<Config> config;

  /**
   * Refuses, naming the running execution, when another job holds an account a job of these
   * parameters needs. For starts through the API, before the job exists.
   */
  @Transactional
  public void requireFree(String centreId) {
    for (SyncClaim c : held(accounts(centreId))) {
      if (live(c)) {
        throw new SyncBusyException(c.jobName(), c.executionId(), c.accountId());
      }
    }
  }

  /** Takes the job's accounts, or refuses as {@link #requireFree} does; all or none. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void claim(long executionId, long jobInstanceId, String jobName, String centreId) {
    List<Long> ids = accounts(centreId);
    for (SyncClaim c : held(ids)) {
      if (c.jobInstanceId() == jobInstanceId && c.executionId() == executionId) {
        continue;
      }
      if (live(c)) {
        throw new SyncBusyException(c.jobName(), c.executionId(), c.accountId());
      }
      em.remove(c);
    }
    em.flush();
    for (long id : ids) {
      if (em.find(SyncClaim.class, id) == null) {
        em.persist(new SyncClaim(id, executionId, jobInstanceId, jobName, clock.instant()));
      }
    }
    em.flush();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(long executionId) {
    em.createQuery("delete from SyncClaim c where c.executionId = :e")
        .setParameter("e", executionId)
        .executeUpdate();
  }

  /** Called once a minute for each sync job running on this server. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void heartbeat(long jobInstanceId) {
    em.createQuery("update SyncClaim c set c.heartbeatAt = :now where c.jobInstanceId = :i")
        .setParameter("now", clock.instant())
        .setParameter("i", jobInstanceId)
        .executeUpdate();
  }

  /** All enabled accounts, or the one the centre uses (none when it has no enabled settings). */
  private List<Long> accounts(String centreId) {
    return directory.enabledAccounts().stream()
        .filter(a -> centreId == null || a.centreIds().contains(centreId))
        .map(AccountDirectory.Account::id)
        .sorted()
        .toList();
  }

  private List<SyncClaim> held(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from SyncClaim c where c.accountId in :ids", SyncClaim.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * {@code bksb.sync.claimStaleMinutes}, 30 by default: longer than any chunk may take
   * (chunkTimeoutSeconds, 10 minutes by default), so a live job's heartbeat never looks stale.
   */
  private long staleMinutes() {
    return config.isResolvable()
        ? config.get().getOptionalValue("bksb.sync.claimStaleMinutes", Long.class).orElse(30L)
        : 30L;
  }

  private boolean live(SyncClaim c) {
    boolean fresh =
        c.heartbeatAt().isAfter(clock.instant().minus(Duration.ofMinutes(staleMinutes())));
    return fresh && running(c.executionId());
  }

  private static boolean running(long executionId) {
    try {
      return RUNNING.contains(
          BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
    } catch (NoSuchJobExecutionException e) {
      return false;
    } catch (JobSecurityException e) {
      // Not ours to read: it counts as running until its heartbeat goes stale.
      return true;
    }
  }
}
