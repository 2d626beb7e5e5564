package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.dashboard.CentreSummary;
import org.bksbbridge.dashboard.DashboardService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.settings.SettingsService;
import org.bksbbridge.settings.SettingsView;

/**
 * A centre's bksb integration page: its status for everyone with the module, and the settings form
 * with its connection test for those who may edit the settings.
 */
@Named("integration")
@ViewScoped
public class IntegrationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DashboardService dashboard;
  @Inject SettingsService settings;
  @Inject CentreAccess access;

  private String centreId;
  private CentreSummary status;
  private SettingsView stored;
  private SettingsForm form;
  private String testOutcome;
  private String testMessage;

  /** On opening the page (not on its posts): the status, and the form if the caller may edit. */
  public void load() {
    if (centreId == null || centreId.isBlank()) {
      Messages.show(
          Refusal.invalid("centre", "is missing: choose a centre's bksb integration on Home"));
      return;
    }
    try {
      status = dashboard.centre(centreId);
      stored = settings.get(centreId);
      // Decided once per opening, so a post meets the same form; the service checks every save.
      form = access.may(Command.EDIT_BKSB_SETTINGS, centreId) ? SettingsForm.of(stored) : null;
    } catch (Refusal e) {
      status = null;
      form = null;
      Messages.show(e);
    }
  }

  public void save() {
    if (form == null) {
      // No form was shown to this caller, so nothing of theirs can be saved.
      return;
    }
    try {
      stored = settings.save(centreId, form.change(stored));
      form = SettingsForm.of(stored);
      status = dashboard.centre(centreId);
      Messages.info("Settings saved.");
    } catch (Refusal e) {
      Messages.show(e, SettingsFields.FIELDS);
    }
  }

  /** Tries the saved keys; the answer is shown beside the button, refusals included. */
  public void test() {
    try {
      SettingsService.TestResult r = settings.test(centreId);
      testOutcome = r.outcome().name();
      testMessage = r.message();
    } catch (Refusal e) {
      testOutcome = "NOT_TESTED";
      testMessage = e.getMessage();
    }
  }

  /** For a field's {@code aria-invalid}: whether it has a message now. */
  public boolean invalid(String field) {
    return Messages.has("settings:" + field);
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public CentreSummary getStatus() {
    return status;
  }

  public SettingsView getStored() {
    return stored;
  }

  public SettingsForm getForm() {
    return form;
  }

  public boolean isEditable() {
    return form != null;
  }

  public String getTestOutcome() {
    return testOutcome;
  }

  public String getTestMessage() {
    return testMessage;
  }
}
