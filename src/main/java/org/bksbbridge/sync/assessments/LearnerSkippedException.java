package org.bksbbridge.sync.assessments;

/**
 * A learner whose results cannot be downloaded for a reason retrying will not fix (bksb answered
 * 4xx for this user): the job skips and records the learner and goes on. A failed account skips its
 * learners with {@code AccountFailedException} instead.
 */
public class LearnerSkippedException extends RuntimeException {
  public LearnerSkippedException(String message, Throwable cause) {
    super(message, cause);
  }
}
