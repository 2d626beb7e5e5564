package org.bksbbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.bksbbridge.refusal.Refusal;

/**
 * The check services make before they change anything, so the REST resources and the Faces pages
 * are held to the same rule.
 */
@ApplicationScoped
public class Permissions {
  @Inject SecurityContext security;

  /** Throws 403 unless the caller has one of the roles. */
  public void requireAny(String... roles) {
    for (String role : roles) {
      if (security.isCallerInRole(role)) {
        return;
      }
    }
    throw Refusal.forbidden("your account may not do this");
  }

  /** Admins and managers change learner records and start imports. */
  public void requireEditor() {
    requireAny(Roles.ADMIN, Roles.MANAGER);
  }

  public boolean isEditor() {
    return security.isCallerInRole(Roles.ADMIN) || security.isCallerInRole(Roles.MANAGER);
  }
}
