package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.refusal.Refusal;

/**
 * A centre's alerts for people: seen by whoever sees the centre's dashboard ("BKSB API
 * Integration"), resolved by hand by whoever runs its jobs.
 */
@ApplicationScoped
public class AlertService {
  /** Resolved alerts stay listed this long, so that what happened overnight is still there. */
  static final Duration RECENT = Duration.ofDays(7);

  @Inject AlertRepository alerts;
  @Inject CentreAccess access;
  @Inject Clock clock;

  /** The centre's open alerts and those resolved in the last week, latest first. */
  public List<AlertView> list(String centreId) {
    access.require(Command.MODULE, centreId);
    return alerts.ofCentre(centreId, clock.instant().minus(RECENT)).stream()
        .map(AlertView::of)
        .toList();
  }

  /** The centre's open alerts only: the dashboard's banners. */
  public List<AlertView> open(String centreId) {
    return list(centreId).stream().filter(AlertView::open).toList();
  }

  public boolean mayResolve(String centreId) {
    return access.may(Command.RUN_BKSB_JOBS, centreId);
  }

  /** A person says it is dealt with. 409 when it is resolved already. */
  @Transactional
  public AlertView resolve(String centreId, long id) {
    access.require(Command.RUN_BKSB_JOBS, centreId);
    Alert a =
        alerts
            .find(id)
            .filter(x -> x.getCentreId().equals(centreId))
            .orElseThrow(() -> Refusal.notFound("no alert " + id + " in centre " + centreId));
    if (a.getStatus() != Alert.Status.OPEN) {
      throw Refusal.conflict(
          "alert " + id + " was resolved already (" + a.getResolvedBy() + "): nothing to do");
    }
    a.resolve(access.caller().name(), clock.instant());
    return AlertView.of(a);
  }
}
