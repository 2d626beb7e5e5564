package org.bksbbridge.imports;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Stores each skipped row with its number and reason, for {@code /jobs/executions/{id}/skipped}.
 */
@Dependent
@Named("importSkipListener")
public class ImportSkipListener implements SkipProcessListener {
  private static final Logger LOG = Logger.getLogger(ImportSkipListener.class.getName());

  @Inject JobContext job;
  @Inject SkippedRowStore skipped;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    if (e instanceof InvalidRowException bad) {
      skipped.record(job.getInstanceId(), bad.row(), bad.reference(), bad.getMessage());
    } else {
      long row = item instanceof ImportRow r ? r.row() : -1;
      skipped.record(job.getInstanceId(), row, null, String.valueOf(e.getMessage()));
    }
    LOG.fine(() -> "import " + job.getExecutionId() + " skipped a row: " + e.getMessage());
  }
}
