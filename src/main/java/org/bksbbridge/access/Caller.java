package org.bksbbridge.access;

import java.util.Set;

/**
 * Who is asking: the registry's user name and the short names of its groups ({@code manager}, or an
 * LDAP group's DN), which is what grants name.
 */
public record Caller(String name, Set<String> groups) {
  /** The group that holds every command in every centre; built in, so no one is locked out. */
  public static final String ADMIN_GROUP = "admin";

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
}
