package org.bksbbridge.bksb;

/** Initial assessments place a learner; diagnostics find the gaps at one level. */
public enum ResultType {
  INITIAL("initialAssessment", 1),
  DIAGNOSTIC("diagnosticAssessment", 2);

  private final String pathSegment;
  private final int sessionType;

  ResultType(String pathSegment, int sessionType) {
    this.pathSegment = pathSegment;
    this.sessionType = sessionType;
  }

  /** The segment of {@code api/results/{segment}/{userId}/all}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** The {@code AssessmentType} of an assessment session. */
  public int sessionType() {
    return sessionType;
  }
}
