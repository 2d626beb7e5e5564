package org.bksbbridge.jobs;

import java.time.Instant;
import java.util.List;

/** A job execution with the metrics of each of its steps. */
public record JobExecutionView(
    long executionId,
    long instanceId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant startTime,
    Instant endTime,
    List<Step> steps) {

  /** One step's counts, as the batch runtime keeps them. */
  public record Step(
      String name,
      String batchStatus,
      long readCount,
      long writeCount,
      long filterCount,
      long skipCount,
      long commitCount,
      long rollbackCount) {}
}
