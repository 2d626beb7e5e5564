package org.bksbbridge.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ticks once a minute on every server: reads the schedule, and if this minute is due for a run,
 * claims it in the database and, having won, starts {@code bksb-nightly}. A nightly run that could
 * not start at its time (every server down, or a sync job still running) starts at the first tick
 * that can, within {@code bksb.schedule.nightlyCatchUpHours}, if it was due after the schedule
 * first ran on this database (a new database missed nothing). A missed incremental run is not
 * repeated: the next one looks back to the last run that started.
 */
@ApplicationScoped
public class SyncScheduler {
  private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());
  static final String JOB = "bksb-nightly";

  /** How long a run's claim is kept (and listed) after it. */
  static final java.time.Duration KEEP_CLAIMS = java.time.Duration.ofDays(30);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject ScheduleService schedule;
  @Inject ScheduleClaims claims;
  @Inject ScheduledStart starter;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.schedule.enabled", defaultValue = "true")
  boolean enabled;

  private ScheduledFuture<?> ticker;
  String server;

  /** When this server started its ticker; the schedule's origin if it is the first to tick. */
  Instant startedAt;

  /** When the schedule first ran on this database: written once, so read once. */
  private volatile Instant origin;

  /** The last nightly slot this server saw claimed, and the last one it logged as waiting. */
  private volatile String settledNightly;

  private volatile String waitingNightly;

  /**
   * Called by {@link ScheduleStarter} when the web module starts: a task scheduled from there
   * carries the module's context on to the jobs it starts (scheduled from a CDI startup observer,
   * Liberty's batch threads found no active application scope).
   */
  void start() {
    if (!enabled) {
      LOG.info("bksb-bridge schedule is off on this server (bksb.schedule.enabled=false)");
      return;
    }
    server = org.bksbbridge.server.ServerName.current();
    startedAt = clock.instant();
    ticker = executor.schedule(this::tick, new CronTrigger("0 * * * * *", clock.getZone()));
  }

  @PreDestroy
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  private void tick() {
    try {
      tickAt(ZonedDateTime.now(clock));
    } catch (RuntimeException e) {
      // One bad tick (the database briefly away) must not end the schedule.
      LOG.log(Level.WARNING, "bksb-bridge schedule tick failed", e);
    }
  }

  void tickAt(ZonedDateTime now) {
    ScheduleService.InForce f = schedule.inForce();
    ZonedDateTime minute = Slots.minuteOf(now);
    Optional<Slots.Due> nightly =
        Slots.nightly(f.nightlyAt(), minute, f.nightlyCatchUp(), origin())
            .filter(d -> open(d.slot()));
    if (nightly.isPresent()) {
      run(nightly.get(), true);
    } else {
      Slots.incremental(f.incrementalMinutes(), minute, claims::lastStarted)
          .ifPresent(d -> run(d, false));
    }
  }

  private Instant origin() {
    if (origin == null) {
      origin = claims.origin(startedAt);
    }
    return origin;
  }

  /**
   * Whether a nightly run has yet to start. Once this server has seen it claimed, the rest of the
   * catch-up window costs no query.
   */
  private boolean open(String nightlySlot) {
    if (nightlySlot.equals(settledNightly)) {
      return false;
    }
    if (claims.isClaimed(nightlySlot)) {
      settledNightly = nightlySlot;
      return false;
    }
    return true;
  }

  private void run(Slots.Due due, boolean nightly) {
    String slot = due.slot();
    if (!claims.claim(slot, server, clock.instant())) {
      if (nightly) {
        settledNightly = slot;
      }
      return;
    }
    ScheduledStart.Outcome o = starter.start(JOB, due.params());
    if (nightly && o.busy()) {
      // The nightly run waits for the sync job to end (an incremental run just skips: the next
      // one looks back far enough): the claim goes back for a later tick, within the window.
      claims.release(slot);
      if (!slot.equals(waitingNightly)) {
        waitingNightly = slot;
        LOG.info(() -> "bksb-bridge schedule " + slot + " waits: " + o.message());
      }
      return;
    }
    if (nightly) {
      settledNightly = slot;
      claims.forgetBefore(clock.instant().minus(KEEP_CLAIMS));
    }
    claims.started(slot, o.executionId(), o.message());
    LOG.info(() -> "bksb-bridge schedule " + slot + ": " + o.message());
  }
}
