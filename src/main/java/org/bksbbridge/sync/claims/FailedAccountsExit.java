package org.bksbbridge.sync.claims;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.bksbbridge.alerts.AlertKind;
import org.bksbbridge.alerts.Alerts;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.JobRunListener;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.AccountSkipListener;

/**
 * Names the bksb accounts that failed in this execution in the exit status of a sync job that went
 * on: {@code COMPLETED_WITH_FAILED_ACCOUNTS ...}, or {@code FAILED_WITH_FAILED_ACCOUNTS ...}
 * (STOPPED likewise) when the job ends so for another reason, so the exit status never claims what
 * the status denies. First of the job's listeners: their ends run in the order listed, so the run's
 * record and its summary line ({@link JobRunListener}) carry the exit status it sets.
 */
@Dependent
@Named("failedAccountsExit")
public class FailedAccountsExit extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(FailedAccountsExit.class.getName());

  @Inject JobContext job;
  @Inject org.bksbbridge.jobs.SkippedRowStore skipped;
  @Inject JobCounters counters;
  @Inject AccountDirectory directory;
  @Inject Alerts alerts;

  @Override
  public void afterJob() {
    String summary = job.getExitStatus();
    if (summary != null && summary.startsWith(JobService.REFUSED)) {
      return;
    }
    alertCentres();
    List<String> failed = skipped.failures(job.getInstanceId(), job.getExecutionId());
    if (failed.isEmpty()) {
      return;
    }
    // A step's own summary (bksb-create-users' counts) stays, after the status.
    boolean own =
        summary != null
            && java.util.Arrays.stream(jakarta.batch.runtime.BatchStatus.values())
                .noneMatch(b -> b.name().equals(summary));
    try {
      counters.set(
          job.getInstanceId(), JobCounters.WHOLE_JOB, AccountSkipListener.FAILED, failed.size());
      job.setExitStatus(
          SyncJobListener.clip(
              JobRunListener.ending(job)
                  + "_WITH_FAILED_ACCOUNTS "
                  + (own ? "(" + summary + ") " : "")
                  + String.join("; ", failed)));
    } catch (RuntimeException e) {
      // Bookkeeping after the steps ended must not turn a finished run into a failed one: the
      // skipped rows still name the failed accounts in the console; the log says what was lost.
      LOG.log(
          java.util.logging.Level.WARNING,
          e,
          () ->
              job.getJobName()
                  + " execution "
                  + job.getExecutionId()
                  + ": the failed accounts could not be written into its exit status: "
                  + failed);
    }
  }

  /**
   * Each failed account's centres get an alert; a completed run clears the alert of each account it
   * worked for without failing (its own transaction each: the run's are over). An alert that cannot
   * be written is logged; the run's end stands.
   */
  private void alertCentres() {
    try {
      var failed = skipped.failedUnits(job.getInstanceId(), job.getExecutionId());
      boolean completed = "COMPLETED".equals(JobRunListener.ending(job));
      java.util.Properties p =
          jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
      String only = p == null ? null : p.getProperty(JobService.CENTRE);
      for (AccountDirectory.Account a : directory.enabledAccounts()) {
        if (only != null && !a.centreIds().contains(only)) {
          continue;
        }
        var f = failed.get(a.id());
        for (String centre : a.centreIds()) {
          if (f != null) {
            alerts.raise(
                centre,
                AlertKind.ACCOUNT_SKIPPED,
                f + " (" + job.getJobName() + " execution " + job.getExecutionId() + ")");
          } else if (completed) {
            alerts.resolve(centre, AlertKind.ACCOUNT_SKIPPED, Alerts.CLEARED);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "the bksb accounts' alerts were not written", e);
    }
  }
}
