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

  private List<CentreSummary> list;

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
