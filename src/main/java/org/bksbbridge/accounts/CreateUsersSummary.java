package org.bksbbridge.accounts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.bksbbridge.jobs.JobCounters;

/**
 * Says what bksb-create-users did in its exit status, from the job's counters (a restart's counts
 * included): "CREATED 3, SKIPPED 2, FAILED 0", or for a dry run "DRY_RUN would create 3, skip 2".
 */
@Dependent
@Named("createUsersSummary")
public class CreateUsersSummary implements StepListener {
  @Inject JobContext job;
  @Inject JobCounters counters;

  @Inject
  @BatchProperty(name = "dryRun")
  String dryRun;

  @Override
  public void beforeStep() {
    // Nothing to prepare: the counters start with the job instance.
  }

  @Override
  public void afterStep() {
    Map<String, Long> c = counters.totals(job.getInstanceId());
    long skip = count(c, AccountOutcome.Kind.SKIPPED);
    job.setExitStatus(
        Boolean.parseBoolean(dryRun)
            ? "DRY_RUN would create "
                + count(c, AccountOutcome.Kind.WOULD_CREATE)
                + ", skip "
                + skip
                + " (nothing was sent to bksb)"
            : "CREATED "
                + count(c, AccountOutcome.Kind.CREATED)
                + ", SKIPPED "
                + skip
                + ", FAILED "
                + count(c, AccountOutcome.Kind.FAILED));
  }

  private static long count(Map<String, Long> c, AccountOutcome.Kind kind) {
    return c.getOrDefault(kind.counter(), 0L);
  }
}
