package org.bksbbridge.sync.claims;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.JobRunListener;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.jobs.SkippedRowStore;
import org.bksbbridge.sync.users.AccountSkipListener;

/**
 * Every sync job, however started: checks its parameters and claims its bksb accounts before the
 * first step (a refusal fails the job at once, saying why in its exit status), gives the claims
 * back at the end, and names the accounts that failed in the exit status of a job that went on:
 * {@code COMPLETED_WITH_FAILED_ACCOUNTS ...}, or {@code FAILED_WITH_FAILED_ACCOUNTS ...} (STOPPED
 * likewise) when the job ends so for another reason, so the exit status never claims what the
 * status denies.
 */
@Dependent
@Named("syncJobListener")
public class SyncJobListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(SyncJobListener.class.getName());

  /** Liberty's job repository keeps exit statuses of up to 512 characters. */
  private static final int EXIT_STATUS_MAX = 500;

  @Inject JobContext job;
  @Inject SyncClaims claims;
  @Inject CentreService centres;
  @Inject SkippedRowStore skipped;
  @Inject ClaimHeartbeats heartbeats;
  @Inject JobCounters counters;
  @Inject JobRuns runs;

  @Override
  public void beforeJob() {
    Properties params = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    Properties p = params == null ? new Properties() : params;
    String problem = SyncJobParameters.problem(job.getJobName(), p).orElse(null);
    String centreId = p.getProperty("centreId");
    if (problem == null && centreId != null && centres.find(centreId).isEmpty()) {
      problem = "centreId: no centre " + centreId;
    }
    if (problem != null) {
      refuse(JobService.REFUSED + problem);
    }
    try {
      claimOnce(centreId);
    } catch (SyncBusyException busy) {
      refuse(JobService.REFUSED + busy.getMessage());
    }
    heartbeats.started(job.getInstanceId());
  }

  private void claimOnce(String centreId) {
    try {
      claims.claim(job.getExecutionId(), job.getInstanceId(), job.getJobName(), centreId);
    } catch (SyncBusyException busy) {
      throw busy;
    } catch (RuntimeException raced) {
      // Another job inserted the same account's claim at the same moment: it holds it now.
      claims.claim(job.getExecutionId(), job.getInstanceId(), job.getJobName(), centreId);
    }
  }

  private void refuse(String why) {
    job.setExitStatus(clip(why));
    LOG.warning(() -> job.getJobName() + " execution " + job.getExecutionId() + ": " + why);
    throw new IllegalStateException(why);
  }

  @Override
  public void afterJob() {
    heartbeats.ended(job.getInstanceId());
    claims.release(job.getExecutionId());
    String summary = job.getExitStatus();
    List<String> failed = skipped.failures(job.getInstanceId());
    if (failed.isEmpty() || (summary != null && summary.startsWith(JobService.REFUSED))) {
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
          clip(
              JobRunListener.ending(job)
                  + "_WITH_FAILED_ACCOUNTS "
                  + (own ? "(" + summary + ") " : "")
                  + String.join("; ", failed)));
      runs.exitStatusSet(job.getExecutionId(), job.getExitStatus());
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

  private static String clip(String s) {
    return s.length() <= EXIT_STATUS_MAX ? s : s.substring(0, EXIT_STATUS_MAX - 3) + "...";
  }
}
