package org.bksbbridge.accounts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.events.EventType;
import org.bksbbridge.events.Events;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Counts the chunk's outcomes in the job's counters and lists every learner not created (skipped,
 * failed, or what a dry run would create) with the reason among the run's skipped records, numbered
 * by learner id; a creation that failed is an {@code account.failed} event. In the chunk's
 * transaction: a chunk that rolls back is read, and counted, again.
 */
@Dependent
@Named("accountOutcomeWriter")
public class AccountOutcomeWriter extends AbstractItemWriter {
  @Inject JobContext job;
  @Inject JobCounters counters;
  @Inject SkippedRowStore skipped;
  @Inject Events events;

  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Override
  public void writeItems(List<Object> items) {
    Map<String, Long> counts = new TreeMap<>();
    for (Object o : items) {
      AccountOutcome a = (AccountOutcome) o;
      counts.merge(a.kind().counter(), 1L, Long::sum);
      if (a.kind() != AccountOutcome.Kind.CREATED) {
        skipped.record(job.getInstanceId(), a.learnerId(), a.reference(), a.reason());
      }
      if (a.kind() == AccountOutcome.Kind.FAILED) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learnerReference", a.reference());
        data.put("reason", a.detail());
        data.put("executionId", job.getExecutionId());
        events.record(centreId, EventType.ACCOUNT_FAILED, a.reference(), data);
      }
    }
    counters.add(job.getInstanceId(), JobCounters.WHOLE_JOB, counts);
  }
}
