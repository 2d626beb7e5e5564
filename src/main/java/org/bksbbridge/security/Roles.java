package org.bksbbridge.security;

/**
 * The application's roles. Each maps to a user-registry group of the same name (see {@code
 * ibm-application-bnd.xml}).
 */
public final class Roles {
  /** Everything, including job administration. */
  public static final String ADMIN = "admin";

  /** Centre managers: change learners, settings and links, start jobs. */
  public static final String MANAGER = "manager";

  /** Tutors: read learners and results. */
  public static final String TUTOR = "tutor";

  private Roles() {}
}
