package org.bksbbridge.schedule;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bksbbridge.jobs.BatchServiceUser;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.claims.SyncClaims;

/**
 * Starts a scheduled job as the batch service user ({@code bksb.schedule.user}): a timer has no
 * caller, and Liberty's batch security refuses a job start without one.
 */
@ApplicationScoped
public class ScheduledStart {
  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;

  /** Starts the job, or says why not (never with the password in the message). */
  public Outcome start(String job, Map<String, String> params) {
    try {
      return serviceUser.call(
          () -> {
            for (String sync : SyncClaims.SYNC_JOBS) {
              List<Long> running = running(sync);
              if (!running.isEmpty()) {
                return new Outcome(
                    null,
                    "not started: " + sync + " execution " + running.get(0) + " still runs",
                    true);
              }
            }
            Properties p = new Properties();
            p.putAll(params);
            // Named, so that a run lost with its server is known as the schedule's and restarted.
            p.setProperty(JobService.STARTED_BY, JobService.SCHEDULE);
            return new Outcome(operator.start(job, p), "started as " + serviceUser.name(), false);
          });
    } catch (Refusal unavailable) {
      // A server without the service user's password still runs; only its scheduled starts wait.
      return Outcome.notStarted("not started: " + unavailable.getMessage());
    } catch (Exception e) {
      return Outcome.notStarted("not started: " + e);
    }
  }

  /**
   * What a scheduled start did: executionId is null when nothing started, and busy says that was
   * because a sync job still runs.
   */
  public record Outcome(Long executionId, String message, boolean busy) {
    static Outcome notStarted(String why) {
      return new Outcome(null, why, false);
    }
  }

  private List<Long> running(String job) {
    try {
      return operator.getRunningExecutions(job);
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
  }
}
