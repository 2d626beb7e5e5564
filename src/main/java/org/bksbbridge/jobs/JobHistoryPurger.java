package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bksbbridge.server.AppMetrics;

/**
 * Deletes job history older than a cutoff, a batch of job instances per transaction: Liberty's job
 * repository (instances, executions, step and partition rows, parameters) and what our tables keep
 * of the same instances (runs, counters, skipped rows, decided held changes), so no table keeps a
 * row whose job is gone. Kept always: running and recent instances, the newest instance of each job
 * and of each job for each centre (the console's "last run", a restart), and instances with a
 * change waiting for approval.
 */
@ApplicationScoped
public class JobHistoryPurger {
  @Inject LibertyJobRepository liberty;
  @Inject JobRuns runs;
  @Inject JobCounters counters;
  @Inject SkippedRowStore skipped;
  @Inject HeldChangeRepository held;
  @Inject AppMetrics metrics;

  /** What a purge deleted. */
  public record Purged(long instances, long executions) {
    Purged plus(Purged other) {
      return new Purged(instances + other.instances, executions + other.executions);
    }
  }

  /** The instances no purge deletes, whatever their age; read once per purge. */
  public Set<Long> kept() {
    Set<Long> kept = new HashSet<>(liberty.newestOfEachJob());
    kept.addAll(runs.newestInstances());
    kept.addAll(held.pendingInstances());
    return kept;
  }

  /** Up to {@code limit} instances after {@code after} that are old enough to go, by id. */
  public List<Long> candidates(Instant cutoff, long after, int limit) {
    return liberty.purgeable(cutoff, after, limit);
  }

  /**
   * Deletes these instances everywhere, in one transaction; an instance restarted since it was
   * chosen stays. Short, and on rows no running job reads or writes.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Purged purge(List<Long> instanceIds, Instant cutoff) {
    LibertyJobRepository.Purged gone = liberty.purge(instanceIds, cutoff);
    List<Long> ids = gone.instances();
    if (!ids.isEmpty()) {
      runs.forget(ids);
      counters.forget(ids);
      skipped.forget(ids);
      held.forget(ids);
      metrics.count("bksb.jobs.purged", gone.executions());
    }
    return new Purged(ids.size(), gone.executions());
  }
}
