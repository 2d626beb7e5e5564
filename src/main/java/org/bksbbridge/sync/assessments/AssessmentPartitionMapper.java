package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.JobProgress;
import org.bksbbridge.jobs.PartitionPlans;

/**
 * Splits the learners by bksb user id into {@code partitions} partitions that run at once, and
 * records how many learners the run covers, for progress ("learners done of total"). A restart
 * keeps the first run's partitions and their checkpoints, unless no chunk had committed.
 */
@Dependent
@Named("assessmentPartitionMapper")
public class AssessmentPartitionMapper implements PartitionMapper {
  public static final String TOTAL = "learnersTotal";

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Inject
  @BatchProperty(name = "since")
  String since;

  @Inject LinkedLearners learners;
  @Inject JobCounters counters;
  @Inject JobContext job;
  @Inject PartitionPlans plans;

  @Override
  public PartitionPlan mapPartitions() {
    int n = PartitionPlans.count(partitions);
    long total = learners.countInTransaction(centreId, since);
    java.util.Map<String, Long> sofar = counters.totals(job.getInstanceId());
    // With the total, where this execution's rate of progress counts from (after a restart, the
    // learners done before it).
    long doneBefore =
        sofar.getOrDefault(JobProgress.DONE, 0L) + sofar.getOrDefault(JobProgress.SKIPPED, 0L);
    counters.set(
        job.getInstanceId(),
        JobCounters.WHOLE_JOB,
        java.util.Map.of(TOTAL, total, JobProgress.AT_START, doneBefore));
    Properties[] props =
        PartitionPlans.numbered(n, (p, i) -> p.setProperty("partitions", String.valueOf(n)));
    // A restart goes on from each partition's checkpoint; but JBeret restarts a step whose mapper
    // failed (no partitions yet) with no partitions at all, and calls it completed. So while no
    // chunk of this job has committed (nothing to lose), a restart maps anew.
    boolean nothingDone = sofar.getOrDefault(AssessmentWriter.LEARNERS, 0L) == 0;
    return plans.plan(props, nothingDone);
  }
}
