package org.bksbbridge.jobs;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run as the jobs console lists it; {@code centreId} absent with {@code allCentres} true. */
public record JobRunView(
    long executionId,
    long instanceId,
    String jobName,
    String centreId,
    boolean allCentres,
    String startedBy,
    Instant startTime,
    Instant endTime,
    String batchStatus,
    String exitStatus) {

  static JobRunView of(JobRun r) {
    return new JobRunView(
        r.getExecutionId(),
        r.getInstanceId(),
        r.getJobName(),
        r.getCentreId(),
        r.getCentreId() == null,
        r.getStartedBy(),
        r.getStartedAt(),
        r.getEndedAt(),
        r.getBatchStatus(),
        r.getExitStatus());
  }

  /** The same run without who started it and its exit status (they may name other centres). */
  JobRunView withoutDetails() {
    return new JobRunView(
        executionId,
        instanceId,
        jobName,
        centreId,
        allCentres,
        null,
        startTime,
        endTime,
        batchStatus,
        null);
  }

  /** A page of runs, newest first. */
  @Schema(name = "JobRunPage")
  public record Page(List<JobRunView> items, int page, int size, long total) {
    public long pages() {
      return Math.max(1, (total + size - 1) / size);
    }
  }
}
