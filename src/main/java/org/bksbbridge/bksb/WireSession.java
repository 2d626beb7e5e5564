package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An assessment session of {@code getAssessmentSessionsForCourseV5}. An unfinished session has
 * {@code DateCompleted} {@code 0001-01-01T00:00:00}.
 */
public class WireSession {
  public static final String NOT_COMPLETED = "0001-01-01T00:00:00";

  @JsonbProperty("SessionId")
  public long sessionId;

  @JsonbProperty("DateStarted")
  public String dateStarted;

  @JsonbProperty("DateCompleted")
  public String dateCompleted;

  /** 1 = initial, 2 = diagnostic. */
  @JsonbProperty("AssessmentType")
  public int assessmentType;

  public boolean completed() {
    return dateCompleted != null && !dateCompleted.startsWith(NOT_COMPLETED.substring(0, 10));
  }
}
