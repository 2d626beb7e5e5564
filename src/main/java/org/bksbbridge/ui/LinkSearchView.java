package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.matching.LinkCandidates;
import org.bksbbridge.sync.matching.LinkService;

/**
 * "Link to a bksb user" on a learner's BKSB tab: searches the centre's bksb account (suggestions
 * first, then users nobody is linked to), a page at a time, and links the one chosen.
 */
@Named("linkSearch")
@ViewScoped
public class LinkSearchView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 20;

  @Inject LinkCandidates candidates;
  @Inject LinkService links;

  private String query;
  private int limit = PAGE;
  private LinkCandidates.Page found;
  private String problem;

  public void search(String centreId, String reference) {
    limit = PAGE;
    find(centreId, reference);
  }

  public void more(String centreId, String reference) {
    limit = Math.min(limit + PAGE, LinkCandidates.MAX_LIMIT);
    find(centreId, reference);
  }

  private void find(String centreId, String reference) {
    try {
      found = candidates.find(centreId, reference, query, limit);
      problem = null;
    } catch (Refusal e) {
      // Shown in the search's own status line: the search answers by Ajax, beside its form.
      found = null;
      problem = e.getMessage();
    }
  }

  /** Links the learner to a user the search offered, then opens the BKSB tab again. */
  public String link(String centreId, String reference, long bksbUserId) {
    try {
      LearnerView linked = links.link(centreId, reference, bksbUserId, null);
      Messages.info("Linked to bksb user " + linked.bksb().bksbUsername() + ".");
    } catch (Refusal e) {
      Messages.show(e);
    }
    Messages.keepForRedirect();
    return "learner?faces-redirect=true&includeViewParams=true";
  }

  /** What the search found, for its live status line. */
  public String getSummary() {
    if (problem != null) {
      return "Cannot search: " + problem + ".";
    }
    if (found == null) {
      return "";
    }
    int n = found.items().size();
    return n == 0
        ? "No bksb user found."
        : n
            + (n == 1 ? " bksb user" : " bksb users")
            + (found.more() ? " shown; there are more." : " found.");
  }

  public LinkCandidates.Page getFound() {
    return found;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isMaxed() {
    return limit >= LinkCandidates.MAX_LIMIT;
  }
}
