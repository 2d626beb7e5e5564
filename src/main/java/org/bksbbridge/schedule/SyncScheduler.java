package org.bksbbridge.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ticks once a minute on every server: reads the schedule, and if this minute is due for a run,
 * claims it in the database and, having won, starts {@code bksb-nightly}. A server that is down at
 * the due minute misses that run; the next one catches up, as every run is incremental.
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
  private String server;

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
    server = serverName();
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
    Optional<Slots.Due> due =
        Slots.due(f.nightlyAt(), f.incrementalMinutes(), Slots.minuteOf(now), claims.lastStarted());
    if (due.isEmpty() || !claims.claim(due.get().slot(), server, clock.instant())) {
      return;
    }
    if (due.get().slot().startsWith(Slots.NIGHTLY)) {
      claims.forgetBefore(clock.instant().minus(KEEP_CLAIMS));
    }
    ScheduledStart.Outcome o = starter.start(JOB, due.get().params());
    claims.started(due.get().slot(), o.executionId(), o.message());
    LOG.info(() -> "bksb-bridge schedule " + due.get().slot() + ": " + o.message());
  }

  private static String serverName() {
    String name = System.getProperty("wlp.server.name", "server");
    try {
      return InetAddress.getLocalHost().getHostName() + "/" + name;
    } catch (UnknownHostException e) {
      return name;
    }
  }
}
