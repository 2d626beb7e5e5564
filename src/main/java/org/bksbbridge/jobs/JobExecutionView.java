package org.bksbbridge.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job execution with the metrics of each of its steps, and the job's own counters over all its
 * executions (for bksb-get-assessments: learners of learnersTotal, calls, newResults,
 * updatedResults), which grow while it runs; {@code held}, the changes it held for approval; {@code
 * estimatedEnd}, when a running results download should end at its rate so far in this execution
 * (null when it cannot be judged yet). {@code centreId} is the one centre it works for; absent,
 * with {@code allCentres} true, it works for every centre.
 */
public record JobExecutionView(
    long executionId,
    long instanceId,
    String jobName,
    String centreId,
    boolean allCentres,
    String batchStatus,
    String exitStatus,
    Instant startTime,
    Instant endTime,
    List<Step> steps,
    Map<String, Long> counters,
    List<HeldChangeView> held,
    Instant estimatedEnd) {

  /** One step's counts, as the batch runtime keeps them. */
  @Schema(name = "JobStep")
  public record Step(
      String name,
      String batchStatus,
      Instant startTime,
      long readCount,
      long writeCount,
      long filterCount,
      long skipCount,
      long commitCount,
      long rollbackCount) {}
}
