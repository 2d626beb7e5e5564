package org.bksbbridge.jobs;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.refusal.Refusal;

/** Stops and restarts executions for callers allowed to run jobs, as the batch service user. */
@ApplicationScoped
public class JobControl {
  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;
  @Inject JobService jobs;
  @Inject CentreAccess access;
  @Inject JobRuns runs;
  @Inject java.time.Clock clock;

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with the parameters it had
   * (Liberty would otherwise restart it with none). 409 when it cannot be restarted.
   */
  public long restartByCaller(long executionId) {
    JobService.Scope scope = jobs.visible(executionId);
    access.requireFor(scope.control(), scope.centreId());
    String restartedBy = jobs.startedBy();
    try {
      return serviceUser.call(
          () -> {
            jobs.find(executionId);
            Properties params = operator.getParameters(executionId);
            Properties again = params == null ? new Properties() : params;
            again.setProperty(JobService.STARTED_BY, restartedBy);
            return operator.restart(executionId, again);
          });
    } catch (JobExecutionAlreadyCompleteException e) {
      throw Refusal.conflict("execution " + executionId + " completed: nothing to restart");
    } catch (JobExecutionNotMostRecentException e) {
      throw Refusal.conflict(
          "execution " + executionId + " was restarted already: restart its latest execution");
    } catch (JobRestartException e) {
      throw Refusal.conflict(
          "execution " + executionId + " cannot be restarted now: " + e.getMessage());
    } catch (JobSecurityException e) {
      throw startedElsewhere(executionId);
    }
  }

  /**
   * Restarts a scheduled run its server lost, once, as the batch service user: no caller to check,
   * and named so that a second loss is left to people.
   */
  long restartAfterServerLoss(long executionId) {
    return serviceUser.call(
        () -> {
          Properties params = operator.getParameters(executionId);
          Properties again = params == null ? new Properties() : params;
          again.setProperty(JobService.STARTED_BY, AUTOMATIC_RESTART);
          return operator.restart(executionId, again);
        });
  }

  /** Who restarted a scheduled run lost with its server. */
  static final String AUTOMATIC_RESTART = "the schedule, restarted after its server was lost";

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
