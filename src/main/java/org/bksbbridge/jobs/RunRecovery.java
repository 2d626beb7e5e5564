package org.bksbbridge.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.annotation.WebListener;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;
import org.bksbbridge.server.ServerHeartbeats;
import org.bksbbridge.server.ServerName;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Never a run left "running" by a dead server: this server beats in server_heartbeat every {@code
 * bksb.server.heartbeatSeconds}, and at its start and after each beat fails the runs that {@link
 * OrphanedRuns} finds lost (its own from before a restart, and those of servers silent for longer
 * than {@code bksb.server.staleSeconds}), saying why. A lost run the schedule started is restarted
 * once, automatically, from its last checkpoint; others wait for a restart through the API. Each
 * beat also carries out stops asked on other servers for this server's runs. Starts with the web
 * module once migrated, whose context its tasks carry on to the restarts they make.
 */
@WebListener
public class RunRecovery extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

  /**
   * A thread of its own, not the server's shared executor: busy job partitions held those threads
   * and delayed beats past the staleness limit under load (another server then failed this one's
   * running job). Managed, so the beat's transactions and the restarts it makes have the module's
   * context.
   */
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject JobRuns runs;
  @Inject ServerHeartbeats heartbeats;
  @Inject OrphanRepair repair;
  @Inject JobControl control;
  @Inject LocalRuns local;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.server.heartbeatSeconds", defaultValue = "30")
  long heartbeatSeconds;

  @Inject
  @ConfigProperty(name = "bksb.server.staleSeconds", defaultValue = "180")
  long staleSeconds;

  /** The JVM's start: every run this server recorded before it died with the last JVM. */
  private final Instant started =
      Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

  private ScheduledExecutorService ticker;

  public RunRecovery() {
    super(LOG);
  }

  @Override
  protected ScheduledExecutorService executor() {
    ticker = Executors.newSingleThreadScheduledExecutor(threads);
    return ticker;
  }

  /**
   * Beats and fails what the last life of this server left before the module takes requests (so the
   * console never shows those runs as running), then keeps beating.
   */
  @Override
  protected Rounds rounds() {
    return Rounds.fromNow(Math.max(1, heartbeatSeconds), TimeUnit.SECONDS);
  }

  @Override
  protected void round() {
    heartbeats.beat(ServerName.current(), started, clock.instant());
    sweep();
    control.stopRequested();
  }

  /** The next beat tries again, well within the staleness limit. */
  @Override
  protected String failure() {
    return "bksb-bridge heartbeat or lost-run sweep failed";
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    super.contextDestroyed(event);
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  /** Fails the lost runs; returns how many this server failed. */
  int sweep() {
    List<OrphanedRuns.Candidate> candidates =
        runs.unsettled().stream()
            .map(
                r ->
                    new OrphanedRuns.Candidate(r.getExecutionId(), r.getServer(), r.getStartedAt()))
            .toList();
    local.takeRestarts().forEach((id, job) -> ticker.execute(() -> restart(id, job)));
    if (candidates.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    OrphanedRuns.Observer me =
        new OrphanedRuns.Observer(ServerName.current(), started, now, stale());
    List<OrphanedRuns.Orphan> lost =
        new java.util.ArrayList<>(OrphanedRuns.find(candidates, heartbeats.all(), me));
    lost.addAll(OrphanedRuns.endedUnrecorded(candidates, local.unrecordedEnds(), me, stale()));
    int failed = 0;
    for (OrphanedRuns.Orphan o : lost) {
      OrphanRepair.Repaired r = repair.fail(o, now);
      local.settled(o.executionId());
      if (r == null) {
        continue;
      }
      if (!"FAILED".equals(r.batchStatus())) {
        // Ended after all (its end not recorded): settled from Liberty's word, nothing lost.
        continue;
      }
      failed++;
      LOG.warning(
          () -> r.jobName() + " execution " + r.executionId() + " FAILED: " + r.exitStatus());
      if (restartsItself(r)) {
        ticker.execute(() -> restart(r.executionId(), r.jobName()));
      }
    }
    return failed;
  }

  /**
   * Runs the schedule started, lost with their server or failed by the database, restart once; a
   * restart made here is not restarted again.
   */
  static boolean restartsItself(OrphanRepair.Repaired r) {
    return "FAILED".equals(r.batchStatus())
        && r.exitStatus() != null
        && (r.exitStatus().startsWith(OrphanedRuns.SERVER_GONE)
            || r.exitStatus().startsWith(OrphanedRuns.DATABASE_GONE))
        && JobService.SCHEDULE.equals(r.startedBy());
  }

  private void restart(long executionId, String jobName) {
    try {
      long id = control.restartAfterServerLoss(executionId, jobName);
      LOG.info(() -> jobName + " execution " + executionId + " restarted automatically as " + id);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          jobName + " execution " + executionId + " could not be restarted automatically",
          e);
    }
  }

  /** At least three beats: one late beat must never make a live server look dead. */
  private Duration stale() {
    return Duration.ofSeconds(Math.max(staleSeconds, 3 * Math.max(1, heartbeatSeconds)));
  }
}
