package org.bksbbridge.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The tests' clock, movable forward while beans hold it: {@link Freshness} moves "now" two months
 * on, so that the sandbox's generated results and the matching run's links are old and only the
 * learners it makes hot are hot.
 */
final class ShiftableClock extends Clock {
  private final Clock base;
  private volatile Duration shift = Duration.ZERO;

  ShiftableClock(Clock base) {
    this.base = base;
  }

  void shift(Duration by) {
    shift = by;
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    ShiftableClock c = new ShiftableClock(base.withZone(zone));
    c.shift = shift;
    return c;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(shift);
  }
}
