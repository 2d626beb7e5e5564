package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.alerts.AlertService;
import org.bksbbridge.alerts.AlertView;
import org.bksbbridge.refusal.Refusal;

/**
 * A centre's open alerts as banners (dashboard, integration page), each with Resolve for those who
 * run the centre's jobs. They stay until the condition clears or someone resolves them.
 */
@Named("alerts")
@ViewScoped
public class AlertsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AlertService service;

  private final Map<String, List<AlertView>> byCentre = new HashMap<>();

  public List<AlertView> open(String centreId) {
    return byCentre.computeIfAbsent(
        centreId,
        c -> {
          try {
            return service.open(c);
          } catch (Refusal notHere) {
            return List.of();
          }
        });
  }

  public boolean mayResolve(String centreId) {
    return service.mayResolve(centreId);
  }

  public String resolve(String centreId, long id) {
    try {
      AlertView a = service.resolve(centreId, id);
      Messages.info("Resolved: " + a.subject() + " (centre " + centreId + ").");
      return Messages.thisPageAgain();
    } catch (Refusal e) {
      Messages.show(e);
      byCentre.clear();
      return null;
    }
  }
}
