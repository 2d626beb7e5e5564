package org.bksbbridge.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which run a minute of the clock is due for. A slot's name is the run and its minute (local for
 * the nightly, UTC for the incremental), the same on every server whose clock is within 30 seconds.
 */
public final class Slots {
  public static final String NIGHTLY = "nightly";
  public static final String INCREMENTAL = "incremental";

  /** The furthest an incremental run looks back. */
  static final Duration MAX_LOOK_BACK = Duration.ofHours(25);

  private Slots() {}

  /** A run to start: its slot name, when it was due, and the job parameters. */
  public record Due(String slot, Instant at, Map<String, String> params) {}

  /** The minute a tick belongs to: ticks come at about second 0, a little early or late. */
  public static ZonedDateTime minuteOf(ZonedDateTime tick) {
    return tick.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * The nightly run whose window holds this minute: from its time until {@code catchUp} later, so a
   * server that was down at the time, or a sync job still running then, delays the run instead of
   * dropping it. The slot is named by the day and the configured time, so every minute of one
   * window names the same run. A time the spring clock change skips runs at the first minute after.
   *
   * @param origin when the schedule first ran on this database: a run due before it was never
   *     missed, so it is not caught up (null: no such limit)
   */
  public static Optional<Due> nightly(
      LocalTime at, ZonedDateTime minute, Duration catchUp, Instant origin) {
    if (at == null) {
      return Optional.empty();
    }
    LocalTime time = at.truncatedTo(ChronoUnit.MINUTES);
    LocalDate day = minute.toLocalDate();
    ZonedDateTime scheduled = day.atTime(time).atZone(minute.getZone());
    if (scheduled.isAfter(minute)) {
      day = day.minusDays(1);
      scheduled = day.atTime(time).atZone(minute.getZone());
    }
    if (Duration.between(scheduled, minute).compareTo(catchUp) > 0
        || (origin != null && scheduled.toInstant().isBefore(origin))) {
      return Optional.empty();
    }
    // Local: "02:00" is what people set; one name also stops the repeated autumn hour running
    // twice.
    return Optional.of(new Due(NIGHTLY + "@" + day.atTime(time), scheduled.toInstant(), Map.of()));
  }

  /**
   * The incremental run, if this minute is one of its minutes.
   *
   * @param lastStarted when the last scheduled run that started a job was claimed (null: none);
   *     asked only on an incremental minute
   */
  public static Optional<Due> incremental(
      int incrementalMinutes, ZonedDateTime minute, Supplier<Instant> lastStarted) {
    long epochMinute = minute.toEpochSecond() / 60;
    if (incrementalMinutes <= 0 || epochMinute % incrementalMinutes != 0) {
      return Optional.empty();
    }
    Instant at = minute.toInstant();
    Duration interval = Duration.ofMinutes(incrementalMinutes);
    // Two intervals back, or from just before the last run that started if runs were missed
    // since (never more than a day: the nightly run covers everyone).
    Instant since = at.minus(interval.multipliedBy(2));
    Instant last = lastStarted.get();
    if (last != null && last.minus(interval).isBefore(since)) {
      since = last.minus(interval);
    }
    Instant dayBack = at.minus(MAX_LOOK_BACK);
    if (since.isBefore(dayBack)) {
      since = dayBack;
    }
    // UTC: the repeated autumn hour has distinct incremental runs.
    return Optional.of(new Due(INCREMENTAL + "@" + at, at, Map.of("since", since.toString())));
  }
}
