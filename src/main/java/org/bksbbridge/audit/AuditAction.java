package org.bksbbridge.audit;

/** What an audit entry records. */
public enum AuditAction {
  /**
   * A learner was given a way into bksb from their dashboard: bksb's sign-in link for their bksb
   * user ({@code AUTO_LOGIN}) or the centre's link button address ({@code LINK_URL}). The link
   * itself is a credential and is never recorded.
   */
  BKSB_LOGIN_LINK,
  /** A learner's web username (who signs in as them here) changed: old and new value. */
  WEB_USERNAME_CHANGED,
  /** A learner was linked to a bksb user by hand: the user before (if any) and after. */
  LEARNER_LINKED,
  /** A learner's bksb link was removed by hand: the user it was. */
  LEARNER_UNLINKED,
  /** A bksb user was created for a learner and linked (one, or by the create-users job). */
  BKSB_ACCOUNT_CREATED
}
