package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.results.AssessmentResultRepository;

/**
 * Builds "BKSB Results" with one query over the centre's links and results, newest first per
 * learner and subject, keeping the first of each pair. Dates filter on completion (bksb's local
 * date); the level filter applies to the latest result, so a learner who has moved on from the
 * level is not counted at it.
 */
@ApplicationScoped
public class ResultsReportBuilder {
  @Inject AssessmentResultRepository results;

  ResultsReport build(String centreId, ResultsReportFilters f) {
    Stream<AssessmentResultRepository.ReportRow> found =
        results.reportRows(
            centreId,
            f.type(),
            f.kind(),
            f.from() == null ? null : f.from().atStartOfDay(),
            f.to() == null ? null : f.to().plusDays(1).atStartOfDay());
    List<ResultsReport.Row> rows = new ArrayList<>();
    Map<String, Map<String, Integer>> levels = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    found.forEach(
        o -> {
          AssessmentResult r = o.result();
          String subject = subject(r);
          if (!seen.add(o.reference() + "\u0000" + subject)
              || (f.subject() != null && !f.subject().equals(subject))
              || (f.level() != null && f.level() != r.getLevel())) {
            return;
          }
          rows.add(
              new ResultsReport.Row(
                  o.reference(),
                  o.firstName(),
                  o.lastName(),
                  String.valueOf(o.kind()),
                  subject,
                  r.getType().name(),
                  r.getLevel().name(),
                  r.getLevel().label(),
                  r.getRawResult(),
                  r.getPercent(),
                  r.getAssessmentName(),
                  r.getCompletedAt()));
          levels
              .computeIfAbsent(subject, s -> new TreeMap<>())
              .merge(r.getLevel().name(), 1, Integer::sum);
        });
    return new ResultsReport(centreId, f.shown(), rows, levels);
  }

  /** OTHER subjects are shown as bksb named them, so two new courses are not lumped together. */
  private static String subject(AssessmentResult r) {
    return r.getSubject() == Subject.OTHER && r.getRawSubject() != null
        ? r.getRawSubject()
        : r.getSubject().name();
  }
}
