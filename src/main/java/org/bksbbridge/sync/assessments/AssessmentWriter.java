package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.jobs.JobCounters;

/**
 * Stores a chunk's downloads and counts them; the counters commit with the chunk, so a restart
 * neither loses nor doubles them.
 */
@Dependent
@Named("assessmentWriter")
public class AssessmentWriter extends AbstractItemWriter {
  public static final String LEARNERS = "learners";
  public static final String CALLS = "calls";
  public static final String NEW = "newResults";
  public static final String UPDATED = "updatedResults";

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject ResultStore store;
  @Inject JobCounters counters;
  @Inject JobContext job;
  @Inject Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    List<LearnerDownload> downloads = items.stream().map(LearnerDownload.class::cast).toList();
    ResultStore.Counts counts = store.store(downloads, clock.instant());
    Map<String, Long> c = new LinkedHashMap<>();
    c.put(LEARNERS, (long) downloads.size());
    c.put(CALLS, downloads.stream().mapToLong(LearnerDownload::calls).sum());
    c.put(NEW, (long) counts.added());
    c.put(UPDATED, (long) counts.updated());
    int p = LinkedLearners.partitionNumber(partition);
    counters.add(job.getInstanceId(), p, c);
  }
}
