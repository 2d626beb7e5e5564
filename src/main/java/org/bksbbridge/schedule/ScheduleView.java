package org.bksbbridge.schedule;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schedule as the API shows it: nightlyAt ("HH:mm", null when off), the hours after it in which
 * a nightly run not yet started still starts, incrementalMinutes (0 when off), the zone, the next
 * planned runs, and the latest runs with the server that started each and how their job ended
 * ({@code recentRunsShown} false, and none listed, for callers who do not see every centre: the
 * runs are for all centres).
 */
public record ScheduleView(
    String nightlyAt,
    long nightlyCatchUpHours,
    int incrementalMinutes,
    String zone,
    boolean stored,
    Instant updatedAt,
    String updatedBy,
    List<Planned> nextRuns,
    boolean recentRunsShown,
    List<Run> recentRuns) {

  /**
   * A run the schedule will start: {@code run} is nightly or incremental, {@code at} the minute it
   * starts, {@code due} its time (earlier than {@code at} for a nightly run catching up).
   */
  @Schema(name = "PlannedRun")
  public record Planned(String run, String slot, Instant at, Instant due) {
    public boolean catchingUp() {
      return due.isBefore(at);
    }
  }

  /**
   * A run claimed by a server; {@code executionId} null when it started nothing ({@code outcome}
   * says why), and the job's status once the execution is known.
   */
  @Schema(name = "ScheduledRun")
  public record Run(
      String slot,
      String server,
      Instant claimedAt,
      Long executionId,
      String outcome,
      String batchStatus,
      String exitStatus) {}
}
