package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/** One initial or diagnostic result as bksb lists them. */
public class WireResult {
  @JsonbProperty("SessionId")
  public long sessionId;

  @JsonbProperty("CourseSubject")
  public String courseSubject;

  @JsonbProperty("CourseName")
  public String courseName;

  /** Local time without a zone, for example {@code 2026-11-20T10:15:00}. */
  @JsonbProperty("ResultDate")
  public String resultDate;

  @JsonbProperty("AssessmentName")
  public String assessmentName;

  @JsonbProperty("AssessmentID")
  public String assessmentId;

  /** A display string such as "English Entry 3". */
  @JsonbProperty("Result")
  public String result;

  /** Diagnostics only. */
  @JsonbProperty("Percentage")
  public Integer percentage;
}
