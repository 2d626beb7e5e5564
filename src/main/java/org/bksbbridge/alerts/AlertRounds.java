package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.server.AppMetrics;
import org.bksbbridge.settings.SettingsConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Tag;

/** The work of {@link AlertWatch}'s rounds, each in a transaction. */
@ApplicationScoped
public class AlertRounds {
  /** The runs that download results (the dashboard's "results as of" counts the same). */
  static final List<String> RESULT_DOWNLOADS = List.of("bksb-get-assessments", "bksb-nightly");

  @Inject AlertRepository repository;
  @Inject Alerts alerts;
  @Inject JobRuns runs;
  @Inject SettingsConnections settings;
  @Inject AppMetrics metrics;
  @Inject LearnerRepository learners;
  @Inject java.time.Clock clock;

  /** Each centre's results age in seconds, as the last round found it: read by its gauge. */
  private final Map<String, Long> ages = new ConcurrentHashMap<>();

  /** Each centre's freshness in seconds, as the last round found it. */
  private final Map<String, Long> freshness = new ConcurrentHashMap<>();

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
  @Transactional
  public void checkFreshness(Instant now) {
    Instant limit = now.minus(Duration.ofHours(Math.max(1, staleHours)));
    List<String> enabled = enabledCentres();
    Map<String, Instant> oldest =
        learners.oldestResultsCheck(enabled, LocalDate.ofInstant(now, clock.getZone()));
    for (String centre : enabled) {
      freshness(centre, Duration.between(oldest.getOrDefault(centre, now), now).toSeconds());
      Instant asOf =
          runs.lastCompletedFullRunEnd(centre, RESULT_DOWNLOADS)
              .orElseGet(() -> settings.changedAt(centre).orElse(now));
      age(centre, Duration.between(asOf, now).toSeconds());
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

  /** bksb_centre_results_age_seconds{centre}: since its results were last downloaded in full. */
  private void age(String centre, long seconds) {
    if (ages.put(centre, seconds) == null) {
      metrics.gauge(
          "bksb.centre.results.age",
          "seconds since the centre's last completed results download",
          () -> ages.getOrDefault(centre, 0L),
          new Tag("centre", centre));
    }
  }

  /**
   * bksb_centre_freshness_seconds{centre}: the age of the oldest results check of a learner due
   * (every linked learner eligible today is, nightly at least); 0 without linked learners.
   */
  private void freshness(String centre, long seconds) {
    if (freshness.put(centre, Math.max(0, seconds)) == null) {
      metrics.gauge(
          "bksb.centre.freshness",
          "seconds since the oldest results check of a linked learner due in the centre",
          () -> freshness.getOrDefault(centre, 0L),
          new Tag("centre", centre));
    }
  }

  private List<String> enabledCentres() {
    return settings.enabledAccounts().stream()
        .map(SettingsConnections.CentreAccount::centreId)
        .distinct()
        .toList();
  }
}
