package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.settings.SettingsConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The work of {@link AlertWatch}'s rounds, each in a transaction. */
@ApplicationScoped
public class AlertRounds {
  /** The runs that download results (the dashboard's "results as of" counts the same). */
  static final List<String> RESULT_DOWNLOADS = List.of("bksb-get-assessments", "bksb-nightly");

  @Inject AlertRepository repository;
  @Inject Alerts alerts;
  @Inject JobRuns runs;
  @Inject SettingsConnections settings;

  @Inject
  @ConfigProperty(name = "bksb.alerts.staleHours", defaultValue = "26")
  long staleHours;

  /**
   * Emails each open alert whose quiet period has passed with occurrences no email told of.
   *
   * @return how many alerts were emailed
   */
  @Transactional
  public int emailHeldBack(Instant now) {
    List<Alert> due = repository.unsentBefore(now.minus(alerts.quiet()));
    for (Alert a : due) {
      alerts.email(a, now);
    }
    return due.size();
  }

  /**
   * Raises a stale-results alert for each enabled centre no completed run has downloaded results
   * for in {@code bksb.alerts.staleHours} (counted from when its settings last changed, if never),
   * and resolves it where one has. Each centre's alert is its own transaction.
   */
  public void checkFreshness(Instant now) {
    Instant limit = now.minus(Duration.ofHours(Math.max(1, staleHours)));
    for (String centre : enabledCentres()) {
      Instant asOf =
          runs.lastCompletedFullRunEnd(centre, RESULT_DOWNLOADS)
              .orElseGet(() -> settings.changedAt(centre).orElse(now));
      if (asOf.isBefore(limit)) {
        alerts.raiseOnce(
            centre,
            AlertKind.RESULTS_STALE,
            "the last completed results download for the centre ended "
                + Duration.between(asOf, now).toHours()
                + " hours ago (the limit is "
                + staleHours
                + ")");
      } else {
        alerts.resolve(centre, AlertKind.RESULTS_STALE, Alerts.CLEARED);
      }
    }
  }

  private List<String> enabledCentres() {
    return settings.enabledAccounts().stream()
        .map(SettingsConnections.CentreAccount::centreId)
        .distinct()
        .toList();
  }
}
