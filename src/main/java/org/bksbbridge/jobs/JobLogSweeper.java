package org.bksbbridge.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps Liberty's job logs for {@code bksb.jobLogs.keepDays} (0: for ever): Liberty's {@code
 * batchJobLogging} has no retention of its own. Sweeps a few minutes after the start and then
 * daily, and says in one line what it deleted. Files only: unlike the other sweeps it does not wait
 * for the schema, so job logs are kept in bounds even by a server whose database is away.
 */
@WebListener
public class JobLogSweeper extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(JobLogSweeper.class.getName());

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.jobLogs.keepDays", defaultValue = "30")
  int keepDays;

  @Inject
  @ConfigProperty(name = "bksb.jobLogs.dir")
  Optional<String> dir;

  private Path joblogs;

  public JobLogSweeper() {
    super(LOG);
  }

  @Override
  protected boolean needsSchema() {
    return false;
  }

  @Override
  protected Rounds rounds() {
    Optional<Path> root = JobLogRetention.root(dir, System::getenv, System::getProperty);
    if (keepDays <= 0) {
      LOG.info(
          () -> "Liberty's job logs are kept for ever (bksb.jobLogs.keepDays=" + keepDays + ")");
      return null;
    }
    if (root.isEmpty()) {
      LOG.warning(
          "Liberty's job logs are kept for ever: their folder is unknown (bksb.jobLogs.dir)");
      return null;
    }
    joblogs = root.get();
    return Rounds.after(7, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  @Override
  protected void round() {
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
  }

  @Override
  protected String failure() {
    return "the job log sweep of " + joblogs + " failed";
  }
}
