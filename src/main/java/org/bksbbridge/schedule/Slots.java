package org.bksbbridge.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Which run a minute of the clock is due for. The nightly run wins a minute both want. A slot's
 * name is the run and its local minute, the same on every server whose clock is within 30 seconds.
 */
public final class Slots {
  public static final String NIGHTLY = "nightly";
  public static final String INCREMENTAL = "incremental";

  private Slots() {}

  /** A run to start: its slot name and the job parameters. */
  public record Due(String slot, Map<String, String> params) {}

  /** The minute a tick belongs to: ticks come at about second 0, a little early or late. */
  public static ZonedDateTime minuteOf(ZonedDateTime tick) {
    return tick.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
  }

  public static Optional<Due> due(
      LocalTime nightlyAt, int incrementalMinutes, ZonedDateTime minute) {
    String local = minute.toLocalDateTime().toString();
    if (nightlyAt != null
        && minute.toLocalTime().equals(nightlyAt.truncatedTo(ChronoUnit.MINUTES))) {
      return Optional.of(new Due(NIGHTLY + "@" + local, Map.of()));
    }
    long epochMinute = minute.toEpochSecond() / 60;
    if (incrementalMinutes > 0 && epochMinute % incrementalMinutes == 0) {
      // Twice the interval back: a learner changed just before the last run is not missed.
      String since =
          minute.toInstant().minus(Duration.ofMinutes(2L * incrementalMinutes)).toString();
      return Optional.of(new Due(INCREMENTAL + "@" + local, Map.of("since", since)));
    }
    return Optional.empty();
  }
}
