package org.bksbbridge.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every job of ours, however started (our API, the schedule, Liberty's batch API): records the run
 * for the jobs console, first of the job's listeners, and its end. Recording must never fail a job,
 * so a failure here is logged and the job goes on.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

  @Inject JobContext job;
  @Inject JobRuns runs;
  @Inject Clock clock;

  @Override
  public void beforeJob() {
    try {
      Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
      Properties params = p == null ? new Properties() : p;
      runs.started(
          job.getExecutionId(),
          job.getInstanceId(),
          job.getJobName(),
          params.getProperty(JobService.CENTRE),
          params.getProperty(JobService.STARTED_BY, "Liberty's batch API"),
          clock.instant(),
          params.getProperty("since"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record the start of execution " + job.getExecutionId(), e);
    }
  }

  @Override
  public void afterJob() {
    try {
      runs.ended(
          job.getExecutionId(), job.getBatchStatus().name(), job.getExitStatus(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record the end of execution " + job.getExecutionId(), e);
    }
  }
}
