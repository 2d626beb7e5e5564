package org.bksbbridge.security;

import java.util.Set;

/**
 * Who is asking: the registry's user name and the short names of its groups ({@code manager}, or an
 * LDAP group's DN), which is what grants name.
 */
public record Caller(String name, Set<String> groups) {
  /** The group that holds every command in every centre; built in, so no one is locked out. */
  public static final String ADMIN_GROUP = "admin";

  /**
   * Staff groups: admin, the default grants' groups and the batch service user's. A member is never
   * treated as a learner, even after an administrator removed the group's grants.
   */
  public static final Set<String> STAFF_GROUPS =
      Set.of(ADMIN_GROUP, "manager", "tutor", "scheduler");

  public static final Caller ANONYMOUS = new Caller(null, Set.of());

  public Caller {
    groups = Set.copyOf(groups);
  }

  public boolean signedIn() {
    return name != null;
  }

  public boolean admin() {
    return groups.contains(ADMIN_GROUP);
  }

  /** Whether the caller is in one of the {@link #STAFF_GROUPS}. */
  public boolean inStaffGroup() {
    return groups.stream().anyMatch(STAFF_GROUPS::contains);
  }
}
