package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Fails one lost run in our job_run and in Liberty's repository in one transaction, with the run's
 * row locked first: whichever server gets there first fails it (and may restart it), any other
 * finds it settled and does nothing.
 */
@ApplicationScoped
public class OrphanRepair {
  @Inject jakarta.enterprise.event.Event<JobEnded> endings;
  @Inject JobRuns runs;
  @Inject LibertyJobRepository liberty;

  /** What was done: the run's status and exit status now, who started it. */
  record Repaired(
      long executionId, String jobName, String startedBy, String batchStatus, String exitStatus) {}

  /** Null when the run was settled already (by another server, or it had ended after all). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Repaired fail(OrphanedRuns.Orphan orphan, Instant now) {
    JobRun run = runs.lockUnsettled(orphan.executionId());
    if (run == null) {
      return null;
    }
    LibertyJobRepository.State s = liberty.fail(orphan.executionId(), orphan.reason(), now);
    // Liberty's word where it has one: a run whose end our listener missed may have COMPLETED.
    String status = s == null ? "FAILED" : s.batchStatus();
    String exit = s == null ? orphan.reason() : s.exitStatus();
    if (JobHistory.RUNNING.contains(status)) {
      return null;
    }
    Instant ended = s == null || s.endedAt() == null ? now : s.endedAt();
    run.ended(status, exit, ended);
    endings.fire(
        new JobEnded(
            run.getJobName(),
            run.getExecutionId(),
            run.getCentreId(),
            status,
            exit,
            run.getStartedAt(),
            ended));
    return new Repaired(run.getExecutionId(), run.getJobName(), run.getStartedBy(), status, exit);
  }
}
