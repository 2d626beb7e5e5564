package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.results.ResultService;
import org.bksbbridge.results.ResultView;
import org.bksbbridge.sync.assessments.ResultRefresh;
import org.bksbbridge.sync.assessments.ResultStore;
import org.bksbbridge.sync.matching.LinkService;

/**
 * One learner: the record as the MIS sent it, and the BKSB tab (link, results, tags, and what the
 * caller may do about them). Every change is posted, then the page is opened again at its URL with
 * the outcome as a message (post, redirect, get), so reloading it changes nothing.
 */
@Named("learnerPage")
@ViewScoped
public class LearnerDetailView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SELF = "learner?faces-redirect=true&includeViewParams=true";

  private static final Map<String, Messages.Field> FIELDS =
      Map.of("bksbUsername", new Messages.Field("bksbUser:bksbUsername", "bksb user name"));

  @Inject LearnerService learners;
  @Inject ResultService results;
  @Inject ResultRefresh refresh;
  @Inject LinkService links;
  @Inject CentreAccess access;

  private String centreId;
  private String reference;
  private String tab;
  private LearnerView learner;
  private List<ResultView> resultList = List.of();
  private boolean mayLink;
  private boolean mayRefresh;
  private boolean bksbUser;
  private String bksbUsername;

  /** On opening the page (not on its posts). */
  public void load() {
    tab = "bksb".equals(tab) ? "bksb" : "details";
    if (centreId == null || reference == null || centreId.isBlank() || reference.isBlank()) {
      Messages.refusePage(Refusal.notFound("no learner named: open one from the learners list"));
      return;
    }
    try {
      learner = learners.get(centreId, reference);
      resultList = results.forLearner(centreId, reference);
      // Decided once per opening, so a post meets the same controls; the services check each.
      mayLink = access.may(Command.LINK_BKSB_USERS, centreId);
      mayRefresh = access.may(Command.GET_BKSB_RESULTS, centreId);
      bksbUser = learner.bksbUser();
      bksbUsername = learner.bksbUsername();
    } catch (Refusal e) {
      learner = null;
      Messages.refusePage(e);
    }
  }

  /** "Get latest results" (only what is new) or "Re-download all" ({@code full}). */
  public String refreshResults(boolean full) {
    try {
      ResultStore.Counts c = refresh.refresh(centreId, reference, full);
      Messages.info("Results from bksb: " + c.added() + " new, " + c.updated() + " updated.");
    } catch (Refusal e) {
      Messages.show(e);
    }
    return bksbTab();
  }

  public String unlink() {
    try {
      links.unlink(centreId, reference);
      Messages.info("Unlinked: the learner has no bksb user now.");
    } catch (Refusal e) {
      Messages.show(e);
    }
    return bksbTab();
  }

  /** Saves the bksb user flag and name; a bad name stays on the form, beside its field. */
  public String saveBksbUser() {
    try {
      learners.setBksbUser(centreId, reference, bksbUser, bksbUsername);
      Messages.info("bksb user details saved.");
      return bksbTab();
    } catch (Refusal e) {
      Messages.show(e, FIELDS);
      return null;
    }
  }

  private String bksbTab() {
    tab = "bksb";
    Messages.keepForRedirect();
    return SELF;
  }

  public boolean isLinked() {
    return learner != null && learner.bksb() != null && learner.bksb().linked();
  }

  /** Only the learner's results that have topics can expand: diagnostics. */
  public boolean hasTopics(ResultView r) {
    return r.topics() != null && !r.topics().isEmpty();
  }

  public LearnerView getLearner() {
    return learner;
  }

  public List<ResultView> getResults() {
    return resultList;
  }

  public boolean isMayLink() {
    return mayLink;
  }

  public boolean isMayRefresh() {
    return mayRefresh;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public boolean isBksbUser() {
    return bksbUser;
  }

  public void setBksbUser(boolean bksbUser) {
    this.bksbUser = bksbUser;
  }

  public String getBksbUsername() {
    return bksbUsername;
  }

  public void setBksbUsername(String bksbUsername) {
    this.bksbUsername = bksbUsername;
  }
}
