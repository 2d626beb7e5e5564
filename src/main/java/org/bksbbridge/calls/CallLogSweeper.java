package org.bksbbridge.calls;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.schema.SchemaMigrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes recorded bksb calls older than {@code bksb.callLog.keepDays} (at least 1), a few minutes
 * after the server starts and then daily, in batches of {@value #BATCH} rows, each its own
 * transaction. Every server sweeps; servers sharing the database may pick the same rows, and the
 * second simply finds them gone.
 */
@WebListener
public class CallLogSweeper implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(CallLogSweeper.class.getName());
  static final int BATCH = 1000;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject CallLog log;
  @Inject Clock clock;
  @Inject SchemaMigrator schema;

  @Inject
  @ConfigProperty(name = "bksb.callLog.keepDays", defaultValue = "30")
  int keepDays;

  private ScheduledFuture<?> sweeps;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!schema.awaitMigrated()) {
      return;
    }
    // Not at once: a start-up has enough to do.
    sweeps =
        executor.scheduleWithFixedDelay(
            this::sweepQuietly, 5, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  private void sweepQuietly() {
    try {
      long deleted =
          sweep(log, clock.instant().minus(Duration.ofDays(Math.max(1, keepDays))), BATCH);
      if (deleted > 0) {
        LOG.info(() -> "deleted " + deleted + " bksb calls older than " + keepDays + " days");
      }
    } catch (RuntimeException e) {
      // One failed sweep (the database briefly away) must not end the sweeps; the next one
      // deletes what this one left.
      LOG.log(Level.WARNING, "the bksb call log sweep failed", e);
    }
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
