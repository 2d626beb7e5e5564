package org.bksbbridge.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.jobs.JobRunView;

/**
 * One centre at a glance.
 *
 * @param enabled whether its bksb integration is switched on
 * @param eligible learners and applicants synchronised with bksb today
 * @param linked eligible ones linked to a bksb user
 * @param unmatched eligible ones without a link (the BKSB Unmatched report's learners)
 * @param resultsLastWeek results first imported in the last 7 days for its linked learners
 * @param resultsAsOf end of the last completed full results download for it; null if none yet
 * @param learnerTags tags per subject given with a first initial result, learners
 * @param applicantTags the same for applicants
 * @param logsApiCalls whether the sync's bksb calls are logged ("Log Scheduled Sync API Calls")
 */
public record CentreSummary(
    CentreView centre,
    boolean enabled,
    long eligible,
    long linked,
    long unmatched,
    long resultsLastWeek,
    Instant resultsAsOf,
    List<LastRun> lastRuns,
    Map<String, List<String>> learnerTags,
    Map<String, List<String>> applicantTags,
    boolean logsApiCalls) {

  /** A sync job and its newest run for the centre; {@code run} null when it never ran there. */
  public record LastRun(String jobName, String label, JobRunView run) {}

  /** Whether any sync job ran for the centre yet. */
  public boolean everSynced() {
    return lastRuns.stream().anyMatch(r -> r.run() != null);
  }
}
