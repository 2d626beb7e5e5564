package org.bksbbridge.sync.users;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Records a bksb account that failed for the run ({@link AccountFailedException}, whether the
 * reader or a processor met it) under {@code /jobs/executions/{id}/skipped}, numbered below zero as
 * whole accounts are, once per account and partition; the job's exit status then names it
 * (SyncJobListener). The listener of every step that calls bksb.
 */
@Dependent
@Named("accountSkipListener")
public class AccountSkipListener implements SkipReadListener, SkipProcessListener, ChunkListener {
  private static final Logger LOG = Logger.getLogger(AccountSkipListener.class.getName());

  /** The job counter of failed accounts. */
  public static final String FAILED = "accountsFailed";

  /** The partition's number in a partitioned step (from 0); none in a step of one thread. */
  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject JobContext job;
  @Inject SkippedRowStore skipped;

  /** Accounts recorded in this partition's committed or current chunks. */
  private final Set<Long> recorded = new HashSet<>();

  @Override
  public void onSkipReadItem(Exception e) {
    record(e);
  }

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    record(e);
  }

  private void record(Exception e) {
    if (!(e instanceof AccountFailedException failed)
        || failed.recorded()
        || !recorded.add(failed.accountId())) {
      return;
    }
    // Partitions record their own row for the account: one they shared would be inserted twice.
    int part = partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition) + 1;
    skipped.recordFailure(
        job.getInstanceId(),
        job.getExecutionId(),
        failed.accountId(),
        part,
        failed.label(),
        e.getMessage());
    LOG.warning(() -> failed.label() + " skipped for this run: " + e.getMessage());
  }

  @Override
  public void onError(Exception e) {
    // The chunk rolls back, and what it recorded with it: record again when met again.
    recorded.clear();
  }

  @Override
  public void beforeChunk() {
    // Nothing to prepare.
  }

  @Override
  public void afterChunk() {
    // Recorded in the chunk's transaction already.
  }
}
