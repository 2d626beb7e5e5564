package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.schedule.ScheduleChange;
import org.bksbbridge.schedule.ScheduleService;
import org.bksbbridge.schedule.ScheduleView;

/**
 * The schedule of bksb-nightly: shown to whoever runs jobs somewhere, changed by those who may edit
 * settings in every centre.
 */
@Named("scheduleEdit")
@ViewScoped
public class ScheduleEditView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  /** The service's field names to the form's inputs. */
  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "nightlyAt",
          new Messages.Field("schedule:nightlyAt", "Nightly run at"),
          "incrementalMinutes",
          new Messages.Field("schedule:incrementalMinutes", "Incremental run every (minutes)"));

  @Inject ScheduleService schedule;

  private ScheduleView view;

  /**
   * Read when the page opens and kept while it stays open: a grant revoked meanwhile is the
   * service's to refuse when the form is saved.
   */
  private boolean editable;

  private String nightlyAt;
  private String incrementalMinutes;

  /** View action: runs when the page is opened, not on its posts. */
  public void load() {
    try {
      show(schedule.view());
      editable = schedule.editable();
    } catch (Refusal e) {
      view = null;
      editable = false;
      Messages.refusePage(e);
    }
  }

  public void save() {
    try {
      show(schedule.save(ScheduleChange.of(nightlyAt, incrementalMinutes)));
      Messages.info("The schedule is saved; every server follows it from its next minute.");
    } catch (Refusal e) {
      Messages.show(e, FIELDS);
      if (e.kind() == Refusal.Kind.FORBIDDEN) {
        // Show what is in force again, read-only, instead of the values that were refused.
        editable = false;
        try {
          show(schedule.view());
        } catch (Refusal gone) {
          view = null;
        }
      }
    }
  }

  private void show(ScheduleView v) {
    view = v;
    nightlyAt = v.nightlyAt() == null ? "" : v.nightlyAt();
    incrementalMinutes = String.valueOf(v.incrementalMinutes());
  }

  /** A moment as people here read it: in the schedule's zone, to the minute. */
  public String shown(Instant at) {
    return at == null || view == null ? "" : SHOWN.format(at.atZone(ZoneId.of(view.zone())));
  }

  public ScheduleView getView() {
    return view;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getNightlyAt() {
    return nightlyAt;
  }

  public void setNightlyAt(String nightlyAt) {
    this.nightlyAt = nightlyAt;
  }

  public String getIncrementalMinutes() {
    return incrementalMinutes;
  }

  public void setIncrementalMinutes(String incrementalMinutes) {
    this.incrementalMinutes = incrementalMinutes;
  }
}
