package org.bksbbridge.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps Liberty's job logs for {@code bksb.jobLogs.keepDays} (0: for ever): Liberty's {@code
 * batchJobLogging} has no retention of its own. Sweeps a few minutes after the start and then
 * daily, and says in one line what it deleted. Files only: unlike the other sweeps it does not wait
 * for the schema, so job logs are kept in bounds even by a server whose database is away.
 */
@WebListener
public class JobLogSweeper implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(JobLogSweeper.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.jobLogs.keepDays", defaultValue = "30")
  int keepDays;

  @Inject
  @ConfigProperty(name = "bksb.jobLogs.dir")
  Optional<String> dir;

  private ScheduledFuture<?> sweeps;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Optional<Path> root = JobLogRetention.root(dir, System::getenv, System::getProperty);
    if (keepDays <= 0) {
      LOG.info(
          () -> "Liberty's job logs are kept for ever (bksb.jobLogs.keepDays=" + keepDays + ")");
      return;
    }
    if (root.isEmpty()) {
      LOG.warning(
          "Liberty's job logs are kept for ever: their folder is unknown (bksb.jobLogs.dir)");
      return;
    }
    Path joblogs = root.get();
    sweeps =
        executor.scheduleWithFixedDelay(
            () -> sweepQuietly(joblogs), 7, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  private void sweepQuietly(Path joblogs) {
    try {
      JobLogRetention.Removed r =
          JobLogRetention.sweep(joblogs, clock.instant().minus(Duration.ofDays(keepDays)));
      if (r.executions() > 0 || r.failed() > 0) {
        LOG.info(
            () ->
                "deleted job logs older than "
                    + keepDays
                    + " days under "
                    + joblogs
                    + ": "
                    + r.describe());
      }
    } catch (RuntimeException e) {
      // One failed sweep must not end the sweeps: the next one deletes what this one left.
      LOG.log(Level.WARNING, "the job log sweep of " + joblogs + " failed", e);
    }
  }
}
