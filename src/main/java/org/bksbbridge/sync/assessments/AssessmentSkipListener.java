package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.logging.Logger;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * Records each skipped learner (learner id, centre and reference, and why), listed under {@code
 * /jobs/executions/{id}/skipped}, and counts it, so learners plus learnersSkipped reach the total.
 * The learners of a failed account are listed so too; the account itself is recorded by {@code
 * accountSkipListener}.
 */
@Dependent
@Named("assessmentSkipListener")
public class AssessmentSkipListener implements SkipProcessListener {
  private static final Logger LOG = Logger.getLogger(AssessmentSkipListener.class.getName());

  public static final String SKIPPED = "learnersSkipped";

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject JobContext job;
  @Inject SkippedRowStore skipped;
  @Inject JobCounters counters;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    LearnerToFetch l = (LearnerToFetch) item;
    skipped.record(
        job.getInstanceId(),
        l.learnerId(),
        l.centreId() + "/" + l.reference(),
        String.valueOf(e.getMessage()));
    int p = LinkedLearners.partitionNumber(partition);
    counters.add(job.getInstanceId(), p, Map.of(SKIPPED, 1L));
    LOG.fine(() -> "results of learner " + l.learnerId() + " skipped: " + e.getMessage());
  }
}
