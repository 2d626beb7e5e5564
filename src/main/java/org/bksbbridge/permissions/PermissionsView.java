package org.bksbbridge.permissions;

import java.util.List;

/** The commands there are, and the grants the caller may see. */
public record PermissionsView(List<CommandView> commands, List<GrantView> grants) {
  /** A command's key (what the API takes) and the name people see. */
  public record CommandView(String key, String label) {}
}
