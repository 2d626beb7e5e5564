package org.bksbbridge.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.jobs.JobHistory;
import org.bksbbridge.jobs.JobRunView;
import org.bksbbridge.learner.LearnerStore;
import org.bksbbridge.results.ResultCounts;
import org.bksbbridge.settings.SettingsService;
import org.bksbbridge.settings.SettingsView;
import org.bksbbridge.sync.matching.MatchLookups;

/**
 * Gathers each centre's overview from the classes that own its parts, with count queries only, so
 * that it stays fast at any number of learners. Everything here needs the module in the centre.
 */
@ApplicationScoped
public class DashboardService {
  static final Duration RECENT = Duration.ofDays(7);

  @Inject CentreAccess access;
  @Inject CentreService centres;
  @Inject SettingsService settings;
  @Inject LearnerStore learners;
  @Inject MatchLookups matching;
  @Inject ResultCounts results;
  @Inject JobHistory history;
  @Inject Clock clock;

  /** Every centre the caller sees, by id; empty when they see none. */
  public List<CentreSummary> centres() {
    // CentreService.list() keeps the centres where the caller holds the module.
    return centres.list().stream().map(this::summary).toList();
  }

  /** One centre, or a refusal: not found for a centre the caller does not see. */
  public CentreSummary centre(String centreId) {
    CentreService.checkId(centreId);
    access.require(Command.MODULE, centreId);
    return summary(centres.require(centreId));
  }

  private CentreSummary summary(CentreView c) {
    String id = c.id();
    // Each of these asks CentreAccess again (the grants are read once per request).
    SettingsView s = settings.get(id);
    Map<String, JobRunView> latest = history.latest(id, SyncJob.jobNames());
    long eligible = learners.countEligible(id);
    long unmatched = matching.countUnlinkedEligible(id);
    List<CentreSummary.LastRun> runs =
        java.util.Arrays.stream(SyncJob.values())
            .map(j -> new CentreSummary.LastRun(j.jobName(), j.label(), latest.get(j.jobName())))
            .toList();
    return new CentreSummary(
        c,
        s.enabled(),
        eligible,
        // The two counts run a moment apart; a link made between them must not go negative.
        Math.max(0, eligible - unmatched),
        unmatched,
        results.importedSince(id, clock.instant().minus(RECENT)),
        history.lastCompletedFullRunEnd(id, SyncJob.RESULT_DOWNLOADS).orElse(null),
        runs,
        s.learnerTags(),
        s.applicantTags(),
        s.logSyncApiCalls());
  }
}
