package org.bksbbridge.jobs;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.refusal.Refusal;

/** Stops and restarts executions for callers allowed to run jobs, as the batch service user. */
@ApplicationScoped
public class JobControl {
  private static final Logger LOG = Logger.getLogger(JobControl.class.getName());

  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;
  @Inject JobService jobs;
  @Inject CentreAccess access;
  @Inject JobRuns runs;
  @Inject LibertyJobRepository liberty;
  @Inject java.time.Clock clock;

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with the parameters it had
   * (Liberty would otherwise restart it with none). 409 when it cannot be restarted, or when
   * another caller is restarting it at the same moment.
   */
  public long restartByCaller(long executionId) {
    JobService.Scope scope = jobs.visible(executionId);
    access.requireFor(scope.control(), scope.centreId());
    return restart(executionId, scope.jobName(), jobs.startedBy());
  }

  /**
   * Restarts a scheduled run its server lost, once, as the batch service user: no caller to check,
   * and named so that a second loss is left to people.
   */
  long restartAfterServerLoss(long executionId, String jobName) {
    return restart(executionId, jobName, AUTOMATIC_RESTART);
  }

  /**
   * Claims the restart first (one caller of many at once, on any server), then restarts through the
   * same launch as a start, the feature's checks included (a sync whose bksb account another job
   * holds is refused now, not failed later); a restart not made gives its claim back.
   */
  private long restart(long executionId, String jobName, String restartedBy) {
    Instant now = clock.instant();
    JobRuns.RestartClaim claim = runs.claimRestart(executionId, now, now.minus(RESTART_UNDER_WAY));
    if (!claim.claimed()) {
      throw Refusal.conflict(
          claim.restartedAs() == null
              ? "execution " + executionId + " is being restarted by another request: not twice"
              : "execution "
                  + executionId
                  + " was restarted already as execution "
                  + claim.restartedAs()
                  + ": restart its latest execution");
    }
    Long made = null;
    try {
      Properties again = serviceUser.call(() -> restartable(executionId));
      again.setProperty(JobService.STARTED_BY, restartedBy);
      int settled = liberty.settleSteps(executionId, now);
      if (settled > 0) {
        LOG.info(
            () ->
                "execution "
                    + executionId
                    + ": "
                    + settled
                    + " step thread(s) left running failed");
      }
      made = jobs.launch(jobName, again, () -> operator.restart(executionId, again));
      return made;
    } catch (JobExecutionAlreadyCompleteException e) {
      throw Refusal.conflict("execution " + executionId + " completed: nothing to restart");
    } catch (JobExecutionNotMostRecentException e) {
      throw Refusal.conflict(
          "execution " + executionId + " was restarted already: restart its latest execution");
    } catch (JobRestartException e) {
      // Liberty's text names its own classes and repository: logged, never answered.
      LOG.log(Level.WARNING, "restart of execution " + executionId + " refused", e);
      throw Refusal.conflict(
          "execution " + executionId + " cannot be restarted now: only a stopped or failed run");
    } catch (JobSecurityException e) {
      throw startedElsewhere(executionId);
    } finally {
      runs.restartSettled(executionId, made != null ? made : madeAnyway(executionId), now);
    }
  }

  /**
   * The execution a restart made although it was then refused (the job's own checks failed it at
   * once): it is the run's latest, so a later restart must name it, and the console says so.
   */
  private Long madeAnyway(long executionId) {
    try {
      return serviceUser.call(
          () ->
              operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                  .map(JobExecution::getExecutionId)
                  .filter(id -> id > executionId)
                  .max(Long::compare)
                  .orElse(null));
    } catch (RuntimeException unreadable) {
      LOG.log(
          Level.WARNING, "the executions after " + executionId + " could not be read", unreadable);
      return null;
    }
  }

  /**
   * The parameters to restart the execution with, once it has ended stopped or failed: a run still
   * stopping (its partitions at work) is not restarted beside itself.
   */
  private Properties restartable(long executionId) {
    BatchStatus status = jobs.find(executionId).getBatchStatus();
    if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
      throw Refusal.conflict(
          "execution " + executionId + " " + status.name().toLowerCase() + ": nothing to restart");
    }
    if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
      throw Refusal.conflict(
          "execution "
              + executionId
              + " is "
              + status.name()
              + ": restart it once it has stopped or failed");
    }
    Properties params = operator.getParameters(executionId);
    return params == null ? new Properties() : params;
  }

  /**
   * Longer than a restart takes (the launch lock, the job's own checks, at most seconds): a claim
   * older than this was left by a server that died while restarting.
   */
  static final Duration RESTART_UNDER_WAY = Duration.ofMinutes(5);

  /** Who restarted a scheduled run lost with its server or failed by the database. */
  static final String AUTOMATIC_RESTART = "the schedule, restarted after its run was lost";

  /**
   * Asks a running execution to stop at its next chunk boundary (what is committed stays, and a
   * restart goes on from there). 409 when it is not running.
   */
  public void stopByCaller(long executionId) {
    JobService.Scope scope = jobs.visible(executionId);
    access.requireFor(scope.control(), scope.centreId());
    try {
      serviceUser.call(
          () -> {
            jobs.find(executionId);
            operator.stop(executionId);
            return null;
          });
    } catch (JobExecutionNotRunningException e) {
      // Not running here: another server sharing the database may run it, and stops it at its
      // next heartbeat.
      if (!runs.requestStop(executionId, clock.instant())) {
        throw Refusal.conflict("execution " + executionId + " is not running: nothing to stop");
      }
    } catch (JobSecurityException e) {
      throw startedElsewhere(executionId);
    }
  }

  /**
   * Carries out the stops other servers were asked for runs of this one; a run that ended meanwhile
   * needs none.
   */
  void stopRequested() {
    for (long id : runs.stopsRequested()) {
      try {
        serviceUser.call(
            () -> {
              operator.stop(id);
              return null;
            });
      } catch (JobExecutionNotRunningException ended) {
        // nothing left to stop
      }
      runs.stopDone(id);
    }
  }

  /** An admin's own start through Liberty's batch API is the admin's to manage, there. */
  private static Refusal startedElsewhere(long executionId) {
    return Refusal.conflict(
        "execution "
            + executionId
            + " was started by an admin through Liberty's batch API: manage it there");
  }
}
