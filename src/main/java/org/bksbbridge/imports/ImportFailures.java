package org.bksbbridge.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Records why a whole file could not be imported in the skipped list, where people look for the
 * reasons of an import. A transaction of its own: the batchlet that finds it has none.
 */
@ApplicationScoped
public class ImportFailures {
  @Inject SkippedRowStore skipped;

  @Transactional
  public void record(long jobInstanceId, long row, String reason) {
    skipped.record(jobInstanceId, row, null, reason);
  }
}
