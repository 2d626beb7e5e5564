package org.bksbbridge.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.persistence.DatabaseOutages;
import org.bksbbridge.server.ServerName;
import org.bksbbridge.tracing.JobTraces;

/**
 * Every job of ours, however started (our API, the schedule, Liberty's batch API): records the run
 * for the jobs console, first of the job's listeners, and its end, and logs one summary line with
 * its counts at the end. Recording must never fail a job, so a failure here is logged and the job
 * goes on.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {
  /** Liberty's job repository keeps exit statuses of up to 512 characters. */
  public static final int EXIT_STATUS_MAX = 500;

  private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

  @Inject JobContext job;
  @Inject JobRuns runs;
  @Inject Clock clock;
  @Inject JobCounters counters;
  @Inject JobTraces traces;
  @Inject LocalRuns local;
  @Inject DatabaseOutages outages;

  private Instant startedAt;
  private String startedBy;

  @Override
  public void beforeJob() {
    startedAt = clock.instant();
    try {
      Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
      Properties params = p == null ? new Properties() : p;
      startedBy = params.getProperty(JobService.STARTED_BY, "Liberty's batch API");
      runs.started(
          job.getExecutionId(),
          job.getInstanceId(),
          job.getJobName(),
          params.getProperty(JobService.CENTRE),
          startedBy,
          startedAt,
          params.getProperty("since"));
      traces.started(
          job.getExecutionId(), job.getJobName(), params.getProperty(JobService.CENTRE), params);
    } catch (RuntimeException e) {
      outages.report(e);
      LOG.log(Level.WARNING, "could not record the start of execution " + job.getExecutionId(), e);
    }
  }

  /**
   * Records the end. A run that failed while the database was away says so, and the schedule's is
   * restarted once it is back; if the end cannot be recorded now, {@link RunRecovery} records it
   * then (see {@link LocalRuns}).
   */
  @Override
  public void afterJob() {
    long id = job.getExecutionId();
    Instant now = clock.instant();
    try {
      String ending = ending(job);
      boolean away = "FAILED".equals(ending) && outages.seenBetween(startedAt, now);
      if (away) {
        job.setExitStatus(OrphanedRuns.databaseGone(now));
      }
      traces.ended(id, ending, job.getExitStatus());
      runs.ended(id, job.getBatchStatus().name(), job.getExitStatus(), now, ending);
      if (away && JobService.SCHEDULE.equals(startedBy)) {
        local.restartWhenBack(id, job.getJobName());
      }
    } catch (RuntimeException e) {
      boolean away = outages.report(e);
      if (away) {
        local.endedUnrecorded(id, now);
      }
      LOG.log(
          Level.WARNING,
          "could not record the end of execution " + id + (away ? ": the database is away" : ""),
          away ? null : e);
    }
    logSummary();
  }

  /** One line with the job's counts, at its end (see {@link JobSummary}). */
  private void logSummary() {
    try {
      var operator = BatchRuntime.getJobOperator();
      long id = job.getExecutionId();
      Properties p = operator.getParameters(id);
      java.util.Date start = operator.getJobExecution(id).getStartTime();
      var steps = operator.getStepExecutions(id).stream().map(JobService::step).toList();
      LOG.info(
          JobSummary.line(
              job.getJobName(),
              id,
              job.getInstanceId(),
              p == null ? null : p.getProperty(JobService.CENTRE),
              ServerName.current(),
              status(job.getBatchStatus().name(), steps),
              job.getExitStatus(),
              // The batch runtime's start time is on the wall clock, so the end is too (tests
              // run the application's clock offset, which made the seconds negative there).
              start == null ? null : Duration.between(start.toInstant(), Instant.now()),
              steps,
              counters.totals(job.getInstanceId())));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not log the summary of execution " + job.getExecutionId(), e);
    }
  }

  /**
   * How the job is ending, for its other listeners: COMPLETED, FAILED or STOPPED, from its steps
   * while its own status still reads STARTED.
   */
  public static String ending(JobContext job) {
    var steps =
        BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId()).stream()
            .map(JobService::step)
            .toList();
    return status(job.getBatchStatus().name(), steps);
  }

  /**
   * The job's own status still reads STARTED while its listeners end it (Liberty sets it after
   * them): then the steps tell how it ends.
   */
  static String status(String jobStatus, java.util.List<JobExecutionView.Step> steps) {
    if (!"STARTED".equals(jobStatus)) {
      return jobStatus;
    }
    for (String worst : new String[] {"FAILED", "STOPPED"}) {
      if (steps.stream().anyMatch(s -> worst.equals(s.batchStatus()))) {
        return worst;
      }
    }
    return "COMPLETED";
  }
}
