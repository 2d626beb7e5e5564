package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.mybksb.MyBksbService;

/** Which pages the signed-in caller's menu offers: only those it may use somewhere. */
@Named("nav")
@RequestScoped
public class NavView {
  @Inject CentreAccess access;
  @Inject MyBksbService mine;

  private Effective effective;
  private Boolean learner;

  private Effective effective() {
    if (effective == null) {
      effective = access.effective();
    }
    return effective;
  }

  public boolean isJobs() {
    return effective().mayAnywhere(Command.MODULE);
  }

  public boolean isSchedule() {
    return effective().mayAnywhere(Command.RUN_BKSB_JOBS);
  }

  public boolean isReports() {
    return effective().mayAnywhere(Command.VIEW_BKSB_REPORTS);
  }

  /** The outbox: for those who create bksb accounts somewhere (their login emails). */
  public boolean isOutbox() {
    return effective().mayAnywhere(Command.CREATE_BKSB_USER);
  }

  public boolean isPermissions() {
    return effective().mayAnywhere(Command.MANAGE_PERMISSIONS);
  }

  /** Whether the caller has a learner record of their own: their dashboard, "My bksb". */
  public boolean isLearner() {
    if (learner == null) {
      learner = mine.isLearner();
    }
    return learner;
  }

  /** Whether the caller sees some centre: staff, whose pages the menu offers. */
  public boolean isStaff() {
    return effective().seesAllCentres() || !effective().namedCentres().isEmpty();
  }

  /** A learner and nothing else: their menu and their home are their dashboard. */
  public boolean isLearnerOnly() {
    return !isStaff() && isLearner();
  }
}
