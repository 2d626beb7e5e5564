package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.learner.LearnerPage;
import org.bksbbridge.learner.LearnerQuery;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.refusal.Refusal;

/** Lists a centre's learners with search, filters and paging. */
@Named("learnerList")
@ViewScoped
public class LearnerListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LearnerService learners;
  @Inject CentreService centres;

  private String centreId;
  private String query;
  private String kind;
  private String eligible;
  private int page = 1;
  private LearnerPage result;
  private List<CentreView> centreList;

  /** Runs on every request of the page (view action), after the URL's parameters are set. */
  public void load() {
    if (centreId == null || centreId.isBlank()) {
      centreId = getCentres().isEmpty() ? null : getCentres().get(0).id();
    }
    if (centreId == null) {
      result = null;
      return;
    }
    try {
      result = learners.search(centreId, LearnerQuery.of(query, kind, eligible, page, null));
    } catch (Refusal e) {
      result = null;
      Messages.show(e);
    }
  }

  public void search() {
    page = 1;
    load();
  }

  public void next() {
    if (result != null && page < result.pages()) {
      page++;
    }
    load();
  }

  public void previous() {
    if (page > 1) {
      page--;
    }
    load();
  }

  public List<CentreView> getCentres() {
    if (centreList == null) {
      centreList = centres.list();
    }
    return centreList;
  }

  public LearnerPage getResult() {
    return result;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getEligible() {
    return eligible;
  }

  public void setEligible(String eligible) {
    this.eligible = eligible;
  }

  public int getPage() {
    return page;
  }
}
