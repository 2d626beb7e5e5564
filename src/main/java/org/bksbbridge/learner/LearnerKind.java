package org.bksbbridge.learner;

/** A person on a programme, or a person applying for one; both can have bksb accounts. */
public enum LearnerKind {
  LEARNER,
  APPLICANT
}
