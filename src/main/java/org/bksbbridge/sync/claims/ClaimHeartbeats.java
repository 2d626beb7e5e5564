package org.bksbbridge.sync.claims;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the claims of the sync jobs running on this server fresh, once a minute, from the server
 * rather than from the jobs' chunks (whose transactions a claim update must stay out of): the
 * claims of a killed server stop beating and go stale, whatever its job repository still says.
 */
@ApplicationScoped
public class ClaimHeartbeats {
  private static final Logger LOG = Logger.getLogger(ClaimHeartbeats.class.getName());

  /** Absent outside the server (JBeret SE), where nothing beats and claims never go stale. */
  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject SyncClaims claims;

  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> ticker;

  void started(long jobInstanceId) {
    running.add(jobInstanceId);
    startTicking();
  }

  void ended(long jobInstanceId) {
    running.remove(jobInstanceId);
  }

  private synchronized void startTicking() {
    if (ticker == null && executor != null) {
      ticker = executor.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.MINUTES);
    }
  }

  private void beat() {
    for (long instance : running) {
      try {
        claims.heartbeat(instance);
      } catch (RuntimeException e) {
        // The database briefly away: the next beat tries again, long before a claim goes stale.
        LOG.log(Level.WARNING, "sync claim heartbeat of job instance " + instance + " failed", e);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }
}
