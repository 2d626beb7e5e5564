package org.bksbbridge.reports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * "BKSB Results": each linked learner's latest result of a type per subject (the latest initial
 * level by default), with the filters applied, and how many learners are at each level per subject,
 * for the cohort chart.
 */
public record ResultsReport(
    String centreId,
    Filters filters,
    List<Row> rows,
    Map<String, Map<String, Integer>> levelsBySubject) {

  /** {@code kind}: LEARNER or APPLICANT, null for both. */
  public record Filters(
      String subject, String type, String level, String from, String to, String kind) {}

  public record Row(
      String reference,
      String firstName,
      String lastName,
      String kind,
      String subject,
      String type,
      String level,
      String levelLabel,
      String result,
      Integer percent,
      String assessmentName,
      LocalDateTime completedAt) {}
}
