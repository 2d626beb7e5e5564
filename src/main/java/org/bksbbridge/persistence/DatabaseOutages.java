package org.bksbbridge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * When this server last found the database away ({@link DatabaseAway}): its repeating tasks, API
 * calls and jobs report it here, so a job that failed meanwhile can be told apart from one that
 * failed on its own, and restarted once the database is back.
 */
@ApplicationScoped
public class DatabaseOutages {
  /** The latest outage seen: from its first sight to its last. */
  record Outage(Instant first, Instant last) {}

  private final Clock clock = Clock.systemUTC();
  private volatile Outage latest;

  /** Reports the failure if it means the database is away; answers whether it did. */
  public boolean report(Throwable failure) {
    if (!DatabaseAway.in(failure)) {
      return false;
    }
    seen();
    return true;
  }

  /** The database was found away now. */
  public synchronized void seen() {
    Instant now = clock.instant();
    Outage o = latest;
    // A new outage once the last sighting is a few minutes old: the times then describe this one.
    latest =
        o == null || o.last().plusSeconds(300).isBefore(now)
            ? new Outage(now, now)
            : new Outage(o.first(), now);
  }

  /** Whether the database was seen away between these times (inclusive). */
  public boolean seenBetween(Instant from, Instant to) {
    Outage o = latest;
    return o != null && !o.last().isBefore(from) && !o.first().isAfter(to);
  }
}
