package org.bksbbridge.sync.assessments;

/**
 * A learner whose results cannot be downloaded for a reason retrying will not fix (bksb rejected
 * the keys, answered 4xx for this user, or did not answer for the account past the job's patience):
 * the job skips and records the learner and goes on. When the whole account failed, {@link
 * #failedAccountId} names it, so the execution lists the account as failed too.
 */
public class LearnerSkippedException extends RuntimeException {
  private final Long failedAccountId;

  public LearnerSkippedException(String message, Throwable cause) {
    this(message, cause, null);
  }

  LearnerSkippedException(String message, Throwable cause, Long failedAccountId) {
    super(message, cause);
    this.failedAccountId = failedAccountId;
  }

  /** The bksb account that failed as a whole, or null when only this learner did. */
  public Long failedAccountId() {
    return failedAccountId;
  }
}
