package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bksbbridge.dashboard.CentreSummary;
import org.bksbbridge.dashboard.DashboardService;
import org.bksbbridge.refusal.Refusal;

/** The start page: an overview of each centre the user can open. */
@Named("home")
@ViewScoped
public class HomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DashboardService dashboard;
  @Inject NavView nav;

  private List<CentreSummary> list;

  /** The view action: a learner without any staff grant has their own dashboard as home. */
  public String landing() {
    return nav.isLearnerOnly() ? "/me.xhtml?faces-redirect=true" : null;
  }

  public List<CentreSummary> getCentres() {
    if (list == null) {
      try {
        list = dashboard.centres();
      } catch (Refusal e) {
        // A grant revoked while the overview was gathered.
        list = List.of();
        Messages.show(e);
      }
    }
    return list;
  }
}
