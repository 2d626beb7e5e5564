package org.bksbbridge.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A test's clock, movable while beans hold it: the benchmark's freshness phase moves "now" two
 * months on, so that the sandbox's generated results and the matching run's links are old; the
 * webhook tests move it past a retry's time or a lease.
 */
public final class ShiftableClock extends Clock {
  private final Clock base;
  private volatile Duration shift = Duration.ZERO;

  public ShiftableClock(Clock base) {
    this.base = base;
  }

  public void shift(Duration by) {
    shift = by;
  }

  /** How far it is shifted now. */
  public Duration shifted() {
    return shift;
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
