package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.reports.ReportPage;
import org.bksbbridge.reports.ReportService;
import org.bksbbridge.reports.UnmatchedQuery;
import org.bksbbridge.reports.UnmatchedReason;
import org.bksbbridge.reports.UnmatchedReport;
import org.bksbbridge.sync.matching.LinkService;

/**
 * "BKSB Unmatched": both lists of a centre, filtered and paged from the URL (bookmarkable); a
 * suggestion's Link confirms it at once. View scoped, so a Link posted from a table row finds the
 * rows it was rendered from.
 */
@Named("unmatchedReport")
@ViewScoped
public class UnmatchedReportView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SELF = "reports-unmatched?faces-redirect=true&includeViewParams=true";
  private static final String SIZE = "25";

  /** Refusal field names to the components they are about. */
  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "q", new Messages.Field("filters:q", "Search"),
          "reason", new Messages.Field("filters:reason", "Reason"));

  @Inject ReportService reports;
  @Inject LinkService links;

  private String centreId;
  private String q;
  private String reason;
  private String learnerPage;
  private String userPage;
  private ReportPage<UnmatchedReport.Learner> learners;
  private ReportPage<UnmatchedReport.BksbUser> users;
  private List<CentreView> centreList;
  private String linked;

  /** The view action: reads the pages the URL names. */
  public void load() {
    centreId = CentreChoice.of(getCentres(), centreId, reports::requireSomeCentre);
    if (centreId == null) {
      return;
    }
    try {
      read();
    } catch (Refusal e) {
      learners = null;
      users = null;
      if (e.kind() == Refusal.Kind.FORBIDDEN || e.kind() == Refusal.Kind.NOT_FOUND) {
        Messages.refusePage(e);
      } else {
        Messages.show(e, FIELDS);
      }
    }
  }

  private void read() {
    learners = reports.unmatchedLearners(centreId, query("learners", reason, learnerPage));
    users = reports.unmatchedUsers(centreId, query("bksbUsers", null, userPage));
    // A Link that emptied the last page: show the page before it.
    if (learners.items().isEmpty() && learners.page() > 1) {
      learnerPage = String.valueOf(learners.pages());
      learners = reports.unmatchedLearners(centreId, query("learners", reason, learnerPage));
    }
  }

  private UnmatchedQuery query(String section, String why, String page) {
    return new UnmatchedQuery(section, q, why, page, SIZE);
  }

  /** Applies the filters: back to the first pages, at the URL that names them. */
  public String filter() {
    learnerPage = null;
    userPage = null;
    return SELF;
  }

  /** Confirms a suggestion (the service checks "Link BKSB Users"); the row then leaves the list. */
  public void link(String reference, long bksbUserId, String username) {
    try {
      links.link(centreId, reference, bksbUserId, null);
      linked = "Linked learner " + reference + " to bksb user " + username + ".";
    } catch (Refusal e) {
      linked = null;
      Messages.show(e);
    }
    try {
      read();
    } catch (Refusal e) {
      Messages.show(e);
    }
  }

  public boolean isMayLink() {
    return reports.mayLink(centreId);
  }

  public List<CentreView> getCentres() {
    if (centreList == null) {
      centreList = reports.centres();
    }
    return centreList;
  }

  public List<UnmatchedReason> getReasons() {
    return Arrays.asList(UnmatchedReason.values());
  }

  public boolean isFiltered() {
    return present(q) || present(reason);
  }

  /** Where the section's CSV is: the REST report with the page's filters. */
  public String csv(String section) {
    return Links.api(
        "/centres/" + Links.segment(centreId) + "/reports/bksb-unmatched.csv",
        "section",
        section,
        "q",
        q,
        "reason",
        section.equals("learners") ? reason : null);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  public ReportPage<UnmatchedReport.Learner> getLearners() {
    return learners;
  }

  public ReportPage<UnmatchedReport.BksbUser> getUsers() {
    return users;
  }

  public String getLinked() {
    return linked;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getLearnerPage() {
    return learnerPage;
  }

  public void setLearnerPage(String learnerPage) {
    this.learnerPage = learnerPage;
  }

  public String getUserPage() {
    return userPage;
  }

  public void setUserPage(String userPage) {
    this.userPage = userPage;
  }
}
