package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.users.AccountDirectory;

/** Builds the centre reports ("View BKSB Reports"). */
@ApplicationScoped
public class ReportService {
  static final Command COMMAND = Command.VIEW_BKSB_REPORTS;

  @Inject CentreService centres;
  @Inject CentreAccess access;
  @Inject AccountDirectory directory;
  @Inject MatchLookups lookups;
  @Inject UnmatchedExplainer explainer;
  @Inject UnmatchedLists lists;
  @Inject ResultsReportBuilder results;

  /** The whole report, both lists unfiltered (the API's answer without a section). */
  public UnmatchedReport unmatched(String centreId) {
    long accountId = checkedAccount(centreId);
    List<UnmatchedReport.Learner> learners = explainer.explainAll(centreId, accountId);
    List<UnmatchedReport.BksbUser> users =
        lookups.unlinkedUsers(centreId, accountId).stream().map(UnmatchedLists::shown).toList();
    return new UnmatchedReport(centreId, learners, users);
  }

  /** One page of the section the query names, filtered. */
  public ReportPage<?> unmatchedSection(String centreId, UnmatchedQuery query) {
    long accountId = checkedAccount(centreId);
    UnmatchedQuery.Checked q = query.check();
    UnmatchedLists.Found<?> found =
        q.section() == UnmatchedQuery.Section.LEARNERS
            ? lists.learners(centreId, accountId, q)
            : lists.users(centreId, accountId, q);
    return page(centreId, query, q, found);
  }

  /** A page of the unmatched learners (whatever section the query names). */
  public ReportPage<UnmatchedReport.Learner> unmatchedLearners(
      String centreId, UnmatchedQuery query) {
    long accountId = checkedAccount(centreId);
    UnmatchedQuery.Checked q = query.check();
    return page(centreId, query, q, lists.learners(centreId, accountId, q));
  }

  /** A page of the bksb users no learner of the centre is linked to. */
  public ReportPage<UnmatchedReport.BksbUser> unmatchedUsers(
      String centreId, UnmatchedQuery query) {
    long accountId = checkedAccount(centreId);
    UnmatchedQuery.Checked q = query.check();
    return page(centreId, query, q, lists.users(centreId, accountId, q));
  }

  /** Every row of the section the query names, filtered, for a download; checked now. */
  public UnmatchedRows unmatchedRows(String centreId, UnmatchedQuery query) {
    long accountId = checkedAccount(centreId);
    UnmatchedQuery.Checked q = query.check();
    return q.section() == UnmatchedQuery.Section.LEARNERS
        ? new UnmatchedRows(
            q.section(), each -> lists.eachLearner(centreId, accountId, q, each), null)
        : new UnmatchedRows(
            q.section(), null, each -> lists.eachUser(centreId, accountId, q, each));
  }

  /** The rows of one section: {@code learners} or {@code bksbUsers}, the other null. */
  public record UnmatchedRows(
      UnmatchedQuery.Section section,
      ReportRows<UnmatchedReport.Learner> learners,
      ReportRows<UnmatchedReport.BksbUser> bksbUsers) {}

  public ResultsReport results(
      String centreId, String subject, String type, String level, String from, String to) {
    return results(centreId, subject, type, level, from, to, null);
  }

  /**
   * @param kind LEARNER or APPLICANT, or null for both
   */
  public ResultsReport results(
      String centreId,
      String subject,
      String type,
      String level,
      String from,
      String to,
      String kind) {
    access.require(COMMAND, centreId);
    centres.require(centreId);
    return results.build(
        centreId, ResultsReportFilters.parse(subject, type, level, from, to, kind));
  }

  /** The centres whose reports the caller may view, for a page's choice of centre. */
  public List<CentreView> centres() {
    Effective e = access.effective();
    return centres.list().stream().filter(c -> e.may(COMMAND, c.id())).toList();
  }

  /** Refuses a caller who may view reports in no centre at all (a page's answer). */
  public void requireSomeCentre() {
    access.requireSomeCentre(COMMAND);
  }

  /** Whether the report's suggestions may be confirmed here ("Link BKSB Users"). */
  public boolean mayLink(String centreId) {
    return centreId != null && access.may(Command.LINK_BKSB_USERS, centreId);
  }

  private long checkedAccount(String centreId) {
    access.require(COMMAND, centreId);
    centres.require(centreId);
    return directory.enabledAccounts().stream()
        .filter(a -> a.centreIds().contains(centreId))
        .findFirst()
        .orElseThrow(
            () -> Refusal.conflict("the bksb integration of " + centreId + " is not enabled"))
        .id();
  }

  private static <T> ReportPage<T> page(
      String centreId,
      UnmatchedQuery query,
      UnmatchedQuery.Checked q,
      UnmatchedLists.Found<T> found) {
    return new ReportPage<>(
        centreId,
        q.section().param(),
        query.q() == null || query.q().isBlank() ? null : query.q().strip(),
        q.reason() == null ? null : q.reason().name(),
        found.items(),
        q.page(),
        q.size(),
        found.total());
  }
}
