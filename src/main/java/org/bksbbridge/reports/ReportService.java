package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.users.AccountDirectory;

/** Builds the centre reports. */
@ApplicationScoped
public class ReportService {
  @Inject CentreService centres;
  @Inject CentreAccess access;
  @Inject AccountDirectory directory;
  @Inject MatchLookups lookups;
  @Inject UnmatchedExplainer explainer;
  @Inject ResultsReportBuilder results;

  public UnmatchedReport unmatched(String centreId) {
    access.require(Command.VIEW_BKSB_REPORTS, centreId);
    centres.require(centreId);
    long accountId =
        directory.enabledAccounts().stream()
            .filter(a -> a.centreIds().contains(centreId))
            .findFirst()
            .orElseThrow(
                () -> Refusal.conflict("the bksb integration of " + centreId + " is not enabled"))
            .id();
    List<UnmatchedReport.Learner> learners = explainer.explainAll(centreId, accountId);
    List<UnmatchedReport.BksbUser> users =
        lookups.unlinkedUsers(centreId, accountId).stream()
            .map(
                u ->
                    new UnmatchedReport.BksbUser(
                        u.getBksbUserId(),
                        u.getUsername(),
                        u.getEmail(),
                        u.getFirstName(),
                        u.getLastName(),
                        u.getDateOfBirth()))
            .toList();
    return new UnmatchedReport(centreId, learners, users);
  }

  public ResultsReport results(
      String centreId, String subject, String type, String level, String from, String to) {
    access.require(Command.VIEW_BKSB_REPORTS, centreId);
    centres.require(centreId);
    return results.build(centreId, ResultsReportFilters.parse(subject, type, level, from, to));
  }
}
