package org.bksbbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.bksb.AccountReachability;
import org.bksbbridge.bksb.AccountReachability.Outcome;
import org.bksbbridge.schema.SchemaMigrator;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SettingsConnections.CentreAccount;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each enabled centre's bksb account as this server's latest call to it found it, as information:
 * always UP, because a server that cannot reach bksb still serves pages, the API and the other
 * centres, and a load balancer taking every server out when bksb is down would help no one. bksb is
 * never called here (probes come every few seconds); the enabled centres are read from the database
 * at most once a {@link #CENTRES_FOR}. Centre ids and states only, for admins ({@link
 * DetailedCheck}): no URL, key or secret.
 */
@Readiness
@ApplicationScoped
public class BksbReachability implements DetailedCheck {
  private static final Logger LOG = Logger.getLogger(BksbReachability.class.getName());
  static final Duration CENTRES_FOR = Duration.ofMinutes(1);

  @Inject SettingsConnections settings;
  @Inject AccountReachability reachability;
  @Inject SchemaMigrator schema;

  private final Clock clock;
  private volatile Cached cached;

  /** The centres read at {@code readAt}; null when none could be read yet. */
  private record Cached(List<CentreAccount> centres, Instant readAt) {}

  public BksbReachability() {
    this(Clock.systemUTC());
  }

  BksbReachability(Clock clock) {
    this.clock = clock;
  }

  @Override
  public HealthCheckResponse detail() {
    Map<String, Object> data = new LinkedHashMap<>();
    Optional<List<CentreAccount>> centres = centres();
    if (centres.isEmpty()) {
      data.put("centres", "not known yet: the database is not ready");
    } else if (centres.get().isEmpty()) {
      data.put("centres", "none enabled");
    }
    centres
        .orElse(List.of())
        .forEach(
            c -> data.put(c.centreId(), describe(reachability.of(c.apiUrl(), c.accessKeyId()))));
    return new HealthCheckResponse("bksb", HealthCheckResponse.Status.UP, Optional.of(data));
  }

  /** The enabled centres, read again once the last read is older than {@link #CENTRES_FOR}. */
  private Optional<List<CentreAccount>> centres() {
    Cached c = cached;
    Instant now = clock.instant();
    if (c != null && now.isBefore(c.readAt().plus(CENTRES_FOR))) {
      return Optional.ofNullable(c.centres());
    }
    Optional<List<CentreAccount>> before = Optional.ofNullable(c).map(Cached::centres);
    if (schema.state() != SchemaMigrator.State.READY) {
      return before;
    }
    try {
      List<CentreAccount> centres = settings.enabledAccounts();
      cached = new Cached(centres, now);
      return Optional.of(centres);
    } catch (RuntimeException e) {
      // The database's own readiness check reports the database; this one stays information.
      // Not again before CENTRES_FOR: probes must not queue on a database that hangs.
      LOG.log(Level.FINE, "bksb reachability could not read the enabled centres", e);
      cached = new Cached(before.orElse(null), now);
      return before;
    }
  }

  /** One line a person reads: the state first, then when and what bksb answered. */
  static String describe(Optional<Outcome> outcome) {
    if (outcome.isEmpty()) {
      return "UNKNOWN: no call since this server started";
    }
    Outcome o = outcome.get();
    String answer = o.status() == 0 ? "no answer" : "answered " + o.status();
    String text = o.state() + ": " + answer + " at " + o.at().truncatedTo(ChronoUnit.SECONDS);
    if (o.state() != AccountReachability.State.REACHABLE) {
      text +=
          o.lastReachableAt() == null
              ? "; not reached since this server started"
              : "; last reached at " + o.lastReachableAt().truncatedTo(ChronoUnit.SECONDS);
    }
    return text;
  }
}
