package org.bksbbridge.security;

/**
 * The container roles the application declares, each mapped to the registry group of the same name.
 * Permissions are grants per centre ({@code org.bksbbridge.access}); the roles remain for the
 * sandbox's administration (admins) and for asking a caller's groups where no request carries them
 * (a job's thread).
 */
public final class Roles {
  /** Everything, including job administration through Liberty's batch API. */
  public static final String ADMIN = "admin";

  /** The group of the default grants for centre managers. */
  public static final String MANAGER = "manager";

  /** The group of the default grants for tutors. */
  public static final String TUTOR = "tutor";

  private Roles() {}
}
