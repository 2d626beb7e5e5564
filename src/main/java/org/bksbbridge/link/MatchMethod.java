package org.bksbbridge.link;

/** How a learner came to be linked to a bksb user. */
public enum MatchMethod {
  /** Flagged as a bksb user, with the bksb user name given. */
  USERNAME,
  /** Flagged as a bksb user without one: bksb's user name equals the learner's web user name. */
  WEB_USERNAME,
  /** The learner's verified email equals exactly one bksb user's. */
  EMAIL,
  /** Linked by a person; the jobs never change it. */
  MANUAL,
  /** bksb-bridge created the bksb account. */
  CREATED
}
