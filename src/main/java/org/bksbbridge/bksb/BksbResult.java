package org.bksbbridge.bksb;

import java.time.LocalDateTime;

/**
 * A result in our model. {@code rawResult} is always what bksb sent, so an UNKNOWN level can be
 * mapped later without downloading again.
 */
public record BksbResult(
    long sessionId,
    ResultType type,
    Subject subject,
    String rawSubject,
    Level level,
    String rawResult,
    Integer percent,
    String assessmentName,
    String assessmentId,
    String courseName,
    LocalDateTime completedAt) {

  /**
   * An unfinished session has no completion date; bksb writes {@code 0001-01-01T00:00:00} for it.
   * Unfinished sessions are not results.
   */
  public boolean finished() {
    return completedAt != null && completedAt.getYear() > 1;
  }
}
