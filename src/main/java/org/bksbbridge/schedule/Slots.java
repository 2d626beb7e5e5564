package org.bksbbridge.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Which run a minute of the clock is due for. The nightly run wins a minute both want. A slot's
 * name is the run and its minute (local for the nightly, UTC for the incremental), the same on
 * every server whose clock is within 30 seconds.
 */
public final class Slots {
  public static final String NIGHTLY = "nightly";
  public static final String INCREMENTAL = "incremental";

  /** The furthest an incremental run looks back. */
  static final Duration MAX_LOOK_BACK = Duration.ofHours(25);

  private Slots() {}

  /** A run to start: its slot name and the job parameters. */
  public record Due(String slot, Map<String, String> params) {}

  /** The minute a tick belongs to: ticks come at about second 0, a little early or late. */
  public static ZonedDateTime minuteOf(ZonedDateTime tick) {
    return tick.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * @param lastStarted when the last scheduled run that started a job was claimed (null: none)
   */
  public static Optional<Due> due(
      LocalTime nightlyAt, int incrementalMinutes, ZonedDateTime minute, Instant lastStarted) {
    if (nightlyAt != null
        && minute.toLocalTime().equals(nightlyAt.truncatedTo(ChronoUnit.MINUTES))) {
      // Local: "02:00" is what people set; a claim also stops the repeated autumn hour running
      // twice.
      return Optional.of(new Due(NIGHTLY + "@" + minute.toLocalDateTime(), Map.of()));
    }
    long epochMinute = minute.toEpochSecond() / 60;
    if (incrementalMinutes > 0 && epochMinute % incrementalMinutes == 0) {
      Instant at = minute.toInstant();
      Duration interval = Duration.ofMinutes(incrementalMinutes);
      // Two intervals back, or from just before the last run that started if runs were missed
      // since (never more than a day: the nightly run covers everyone).
      Instant since = at.minus(interval.multipliedBy(2));
      if (lastStarted != null && lastStarted.minus(interval).isBefore(since)) {
        since = lastStarted.minus(interval);
      }
      Instant dayBack = at.minus(MAX_LOOK_BACK);
      if (since.isBefore(dayBack)) {
        since = dayBack;
      }
      // UTC: the repeated autumn hour has distinct incremental runs.
      return Optional.of(new Due(INCREMENTAL + "@" + at, Map.of("since", since.toString())));
    }
    return Optional.empty();
  }
}
