package org.bksbbridge.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a grant allows, as Maytas names it. The module comes first: without it a centre is not
 * visible, and the other commands granted there have no effect.
 */
public enum Command {
  BKSB_API_INTEGRATION("BKSB API Integration"),
  GET_BKSB_RESULTS("Get BKSB Results"),
  LINK_BKSB_USERS("Link BKSB Users"),
  CREATE_BKSB_USER("Create BKSB User"),
  EDIT_BKSB_SETTINGS("Edit BKSB Settings"),
  RUN_BKSB_JOBS("Run BKSB Jobs"),
  VIEW_BKSB_REPORTS("View BKSB Reports"),
  /** Ours, not Maytas': Maytas holds its learners itself, an MIS sends them to us. */
  IMPORT_LEARNERS("Import Learners"),
  MANAGE_PERMISSIONS("Manage Permissions"),
  /**
   * Ours (UK GDPR): reads the centre's audit trail, and a person's data. Admins' by default; no
   * other group holds it until an admin grants it.
   */
  MANAGE_BKSB_DATA_PROTECTION("Manage BKSB Data Protection");

  /** The module: sees the centre, its learners, results, settings status and jobs. */
  public static final Command MODULE = BKSB_API_INTEGRATION;

  private final String label;

  Command(String label) {
    this.label = label;
  }

  /** The name people see, e.g. "Run BKSB Jobs". */
  public String label() {
    return label;
  }

  /** By key ({@code RUN_BKSB_JOBS}) or label ("Run BKSB Jobs"), ignoring case. */
  public static Optional<Command> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values())
        .filter(c -> c.name().equalsIgnoreCase(t) || c.label.equalsIgnoreCase(t))
        .findFirst();
  }
}
