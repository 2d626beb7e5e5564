package org.bksbbridge.reports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
  @Schema(name = "ResultsReportFilters")
  public record Filters(
      String subject, String type, String level, String from, String to, String kind) {}

  @Schema(name = "ResultsReportRow")
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
