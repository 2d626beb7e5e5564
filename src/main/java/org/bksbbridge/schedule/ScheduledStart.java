package org.bksbbridge.schedule;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bksbbridge.jobs.BatchServiceUser;

/**
 * Starts a scheduled job as the batch service user ({@code bksb.schedule.user}): a timer has no
 * caller, and Liberty's batch security refuses a job start without one.
 */
@ApplicationScoped
public class ScheduledStart {
  /** Jobs that write what bksb-nightly writes: one of them running, a scheduled run waits. */
  static final List<String> SYNC_JOBS =
      List.of("bksb-nightly", "bksb-get-users", "bksb-match-users", "bksb-get-assessments");

  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;

  /** Starts the job, or says why not (never with the password in the message). */
  public Outcome start(String job, Map<String, String> params) {
    String unavailable = serviceUser.unavailable().orElse(null);
    if (unavailable != null) {
      // A server without the password still runs; only its scheduled starts are refused.
      return Outcome.notStarted("not started: " + unavailable);
    }
    try {
      return serviceUser.call(
          () -> {
            for (String sync : SYNC_JOBS) {
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
            return new Outcome(operator.start(job, p), "started as " + serviceUser.name(), false);
          });
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
