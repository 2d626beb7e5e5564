package org.bksbbridge.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The schedule as the API shows it: nightlyAt ("HH:mm", null when off), the hours after it in which
 * a nightly run not yet started still starts, incrementalMinutes (0 when off), the zone, and the
 * latest runs with the server that started each.
 */
public record ScheduleView(
    String nightlyAt,
    long nightlyCatchUpHours,
    int incrementalMinutes,
    String zone,
    boolean stored,
    Instant updatedAt,
    String updatedBy,
    List<Run> recentRuns) {

  public record Run(
      String slot, String server, Instant claimedAt, Long executionId, String outcome) {}
}
