package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;

/** Which pages the signed-in caller's menu offers: only those it may use somewhere. */
@Named("nav")
@RequestScoped
public class NavView {
  @Inject CentreAccess access;

  private Effective effective;

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

  /** The outbox: for those who create bksb accounts somewhere (their login emails). */
  public boolean isOutbox() {
    return effective().mayAnywhere(Command.CREATE_BKSB_USER);
  }

  public boolean isPermissions() {
    return effective().mayAnywhere(Command.MANAGE_PERMISSIONS);
  }
}
