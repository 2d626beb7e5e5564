package org.bksbbridge.learner;

/** LIVE records are worked on; ARCHIVED ones are kept for history and never synchronised. */
public enum SystemStatus {
  LIVE,
  ARCHIVED
}
