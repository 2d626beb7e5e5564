package org.bksbbridge.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the job history for {@code bksb.jobs.keepDays} (0: for ever). Liberty's job repository
 * keeps every instance and execution with their step and partition rows (a schedule every five
 * minutes adds over 100,000 executions a year), and the batch service user may not use Liberty's
 * own purge (batchAdmin only), so this deletes them itself, as {@link JobHistoryPurger} says.
 * Daily, a quarter of an hour after the start; every server purges, and a second finds the rows
 * gone.
 */
@WebListener
public class JobHistoryPurge extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(JobHistoryPurge.class.getName());

  @Inject JobHistoryPurger purger;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.jobs.keepDays", defaultValue = "90")
  int keepDays;

  /** Instances per transaction: Derby locks a whole table past 5,000 row locks in one. */
  @Inject
  @ConfigProperty(name = "bksb.jobs.purgeBatch", defaultValue = "50")
  int batch;

  public JobHistoryPurge() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    if (keepDays <= 0) {
      LOG.info(() -> "the job history is kept for ever (bksb.jobs.keepDays=" + keepDays + ")");
      return null;
    }
    return Rounds.after(15, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
  }

  @Override
  protected void round() {
    JobHistoryPurger.Purged p =
        purge(purger, clock.instant().minus(Duration.ofDays(keepDays)), Math.max(1, batch));
    if (p.instances() > 0) {
      LOG.info(
          () ->
              "deleted the job history older than "
                  + keepDays
                  + " days: "
                  + p.instances()
                  + " job instance(s), "
                  + p.executions()
                  + " execution(s)");
    }
  }

  @Override
  protected String failure() {
    return "the job history purge failed (tried again tomorrow)";
  }

  /** Deletes every instance old enough to go, {@code batch} at a time. */
  static JobHistoryPurger.Purged purge(JobHistoryPurger purger, Instant cutoff, int batch) {
    Set<Long> kept = purger.kept();
    JobHistoryPurger.Purged total = new JobHistoryPurger.Purged(0, 0);
    long after = 0;
    List<Long> page;
    while (!(page = purger.candidates(cutoff, after, batch)).isEmpty()) {
      after = page.get(page.size() - 1);
      List<Long> going = page.stream().filter(id -> !kept.contains(id)).toList();
      if (!going.isEmpty()) {
        total = total.plus(purger.purge(going, cutoff));
      }
    }
    return total;
  }
}
