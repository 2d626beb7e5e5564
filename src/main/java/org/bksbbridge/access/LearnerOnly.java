package org.bksbbridge.access;

import org.bksbbridge.security.Caller;

/**
 * Who may act as a learner (their dashboard, a bksb sign-in link as the learner): a signed-in
 * member of the learner group who is no staff. A learner record's web username is written by staff
 * (the MIS, an import, "Import Learners"), so a record naming someone proves nothing on its own:
 * without this rule, anyone who can edit a record could point it at themselves and sign in to bksb
 * as that learner. Staff are refused whatever the records say.
 */
public final class LearnerOnly {
  /** The configuration key naming the registry group of learners. */
  public static final String GROUP_KEY = "bksb.learner.group";

  public static final String DEFAULT_GROUP = "learner";

  private LearnerOnly() {}

  /**
   * Why the caller may not act as a learner, as the caller should hear it; null when they may.
   *
   * @param learnerGroup the registry group of learners (configuration, {@link #GROUP_KEY})
   */
  public static String refusal(Caller caller, Effective rights, String learnerGroup) {
    if (!caller.signedIn()) {
      return "sign in as a learner";
    }
    if (caller.inStaffGroup() || rights.holdsAnyGrant()) {
      return "this is for learners only: staff accounts (a staff group, or any permission in any"
          + " centre) never open bksb as a learner";
    }
    if (learnerGroup == null || learnerGroup.isBlank() || !caller.groups().contains(learnerGroup)) {
      return "this is for learners only: your account is not in the learners' group";
    }
    return null;
  }
}
