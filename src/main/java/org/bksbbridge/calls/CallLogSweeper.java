package org.bksbbridge.calls;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes recorded bksb calls older than {@code bksb.callLog.keepDays} (at least 1), a few minutes
 * after the server starts and then daily, in batches of {@value #BATCH} rows, each its own
 * transaction. Every server sweeps; servers sharing the database may pick the same rows, and the
 * second simply finds them gone.
 */
@WebListener
public class CallLogSweeper extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(CallLogSweeper.class.getName());
  static final int BATCH = 1000;

  @Inject CallLog log;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.callLog.keepDays", defaultValue = "30")
  int keepDays;

  public CallLogSweeper() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    // Not at once: a start-up has enough to do.
    return Rounds.after(5, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  @Override
  protected void round() {
    long deleted = sweep(log, clock.instant().minus(Duration.ofDays(Math.max(1, keepDays))), BATCH);
    if (deleted > 0) {
      LOG.info(() -> "deleted " + deleted + " bksb calls older than " + keepDays + " days");
    }
  }

  @Override
  protected String failure() {
    return "the bksb call log sweep failed";
  }

  /**
   * Deletes every call made before {@code cutoff}, {@code batch} rows at a time.
   *
   * @return how many were deleted
   */
  static long sweep(CallLog log, Instant cutoff, int batch) {
    long deleted = 0;
    int n;
    do {
      n = log.deleteBefore(cutoff, batch);
      deleted += n;
    } while (n > 0);
    return deleted;
  }
}
