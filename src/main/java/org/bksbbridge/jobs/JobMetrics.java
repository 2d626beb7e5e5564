package org.bksbbridge.jobs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.server.AppMetrics;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each run's end as metrics: {@code bksb_job_runs_total} and {@code bksb_job_duration_seconds} by
 * job and outcome, and {@code bksb_step_duration_seconds} by job and step, so that ops alert on
 * failures and see a job slow down.
 */
@ApplicationScoped
public class JobMetrics {
  private static final Logger LOG = Logger.getLogger(JobMetrics.class.getName());

  @Inject AppMetrics metrics;

  void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded e) {
    String outcome = e.refused() ? "REFUSED" : e.outcome();
    Tag job = new Tag("job", e.jobName());
    metrics.count("bksb.job.runs", 1, job, new Tag("outcome", outcome));
    if (e.startedAt() != null && e.endedAt() != null) {
      metrics.time(
          "bksb.job.duration",
          Duration.between(e.startedAt(), e.endedAt()),
          job,
          new Tag("outcome", outcome));
    }
    try {
      for (StepExecution s : BatchRuntime.getJobOperator().getStepExecutions(e.executionId())) {
        if (s.getStartTime() != null && s.getEndTime() != null) {
          metrics.time(
              "bksb.step.duration",
              Duration.between(s.getStartTime().toInstant(), s.getEndTime().toInstant()),
              job,
              new Tag("step", s.getStepName()));
        }
      }
    } catch (RuntimeException notReadable) {
      // A run repaired after its server was lost may have no readable steps: its count stands.
      LOG.log(Level.FINE, "steps of execution " + e.executionId() + " not readable", notReadable);
    }
  }
}
