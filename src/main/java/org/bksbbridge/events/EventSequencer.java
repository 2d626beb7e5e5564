package org.bksbbridge.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code bksb.events.sequenceMillis}: positions what was committed since (so the feed is
 * seconds behind the change at most); hourly, deletes the events older than {@code
 * bksb.events.keepDays}. Every server runs it; the counter's lock makes them take turns.
 */
@WebListener
public class EventSequencer extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(EventSequencer.class.getName());

  /** Events per transaction: Derby locks a whole table past 5,000 row locks in one. */
  static final int BATCH = 1000;

  @Inject EventSequencing sequencing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.events.sequenceMillis", defaultValue = "1000")
  long every;

  @Inject
  @ConfigProperty(name = "bksb.events.keepDays", defaultValue = "30")
  int keepDays;

  private Instant nextPurge = Instant.MIN;

  public EventSequencer() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    return Rounds.after(every, Math.max(100, every), TimeUnit.MILLISECONDS);
  }

  @Override
  protected void round() {
    while (sequencing.sequence(BATCH) == BATCH) {
      // more committed meanwhile than one batch holds: on at once
    }
    Instant now = clock.instant();
    if (keepDays > 0 && now.isAfter(nextPurge)) {
      int deleted = purge(sequencing, now.minus(Duration.ofDays(keepDays)));
      nextPurge = now.plus(Duration.ofHours(1));
      if (deleted > 0) {
        LOG.info(() -> "deleted the events for the MIS older than " + keepDays + " days");
      }
    }
  }

  static int purge(EventSequencing sequencing, Instant before) {
    int total = 0;
    int n;
    while ((n = sequencing.purge(before, BATCH)) > 0) {
      total += n;
    }
    return total;
  }

  @Override
  protected String failure() {
    return "positioning the events for the MIS failed (tried again in a moment)";
  }
}
