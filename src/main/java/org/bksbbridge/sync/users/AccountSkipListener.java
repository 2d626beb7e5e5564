package org.bksbbridge.sync.users;

import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.logging.Logger;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Records an account bksb would not list (under {@code /jobs/executions/{id}/skipped}, numbered
 * below zero as whole accounts are) and counts it in {@code accountsFailed}; the job's exit status
 * then names it.
 */
@Dependent
@Named("accountSkipListener")
public class AccountSkipListener implements SkipReadListener {
  private static final Logger LOG = Logger.getLogger(AccountSkipListener.class.getName());

  public static final String FAILED = "accountsFailed";

  @Inject JobContext job;
  @Inject SkippedRowStore skipped;
  @Inject JobCounters counters;

  @Override
  public void onSkipReadItem(Exception e) {
    if (!(e instanceof AccountFailedException failed)) {
      return;
    }
    skipped.recordFailure(
        job.getInstanceId(), failed.accountId(), 0, failed.label(), String.valueOf(e.getMessage()));
    counters.add(job.getInstanceId(), JobCounters.WHOLE_JOB, Map.of(FAILED, 1L));
    LOG.warning(() -> failed.label() + " not fetched: " + e.getMessage());
  }
}
