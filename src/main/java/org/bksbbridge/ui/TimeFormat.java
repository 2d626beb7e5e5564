package org.bksbbridge.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times and durations as pages show them, in the configured zone (bksb.timezone). */
@Named("timeFormat")
@ApplicationScoped
public class TimeFormat {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject Clock clock;

  public String at(Instant instant) {
    return instant == null ? "" : AT.format(instant.atZone(clock.getZone()));
  }

  /** From start to end, or to now while there is no end: "2 h 05 min", "3 min 07 s", "12 s". */
  public String duration(Instant start, Instant end) {
    if (start == null) {
      return "";
    }
    Duration d = Duration.between(start, end == null ? clock.instant() : end);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    long s = d.getSeconds();
    if (s >= 3600) {
      return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
    }
    if (s >= 60) {
      return String.format("%d min %02d s", s / 60, s % 60);
    }
    return s + " s";
  }
}
