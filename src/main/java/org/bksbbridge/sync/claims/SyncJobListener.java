package org.bksbbridge.sync.claims;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.logging.Logger;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobRunListener;
import org.bksbbridge.jobs.JobService;

/**
 * Every sync job, however started: checks its parameters and claims its bksb accounts before the
 * first step (a refusal fails the job at once, saying why in its exit status), and gives the claims
 * back at the end. The failed accounts are named by {@link FailedAccountsExit}.
 */
@Dependent
@Named("syncJobListener")
public class SyncJobListener implements JobListener {
  private static final Logger LOG = Logger.getLogger(SyncJobListener.class.getName());

  @Inject JobContext job;
  @Inject SyncClaims claims;
  @Inject CentreService centres;
  @Inject ClaimHeartbeats heartbeats;

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
  }

  /** Liberty's job repository keeps exit statuses of up to 512 characters. */
  static String clip(String s) {
    int max = JobRunListener.EXIT_STATUS_MAX;
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
