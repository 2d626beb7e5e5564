package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.results.AssessmentResult;

/**
 * Builds "BKSB Results" with one query over the centre's links and results, newest first per
 * learner and subject, keeping the first of each pair. Dates filter on completion (bksb's local
 * date); the level filter applies to the latest result, so a learner who has moved on from the
 * level is not counted at it.
 */
@ApplicationScoped
public class ResultsReportBuilder {
  @Inject EntityManager em;

  ResultsReport build(String centreId, ResultsReportFilters f) {
    StringBuilder jpql =
        new StringBuilder(
            "select l.reference, l.firstName, l.lastName, l.kind, r"
                + " from AssessmentResult r, BksbLink k, Learner l"
                + " where k.centreId = :c and l.id = k.learnerId and r.accountId = k.accountId"
                + " and r.bksbUserId = k.bksbUserId and r.type = :t");
    if (f.kind() != null) {
      jpql.append(" and l.kind = :kind");
    }
    if (f.from() != null) {
      jpql.append(" and r.completedAt >= :from");
    }
    if (f.to() != null) {
      jpql.append(" and r.completedAt < :to");
    }
    jpql.append(
        " order by l.reference, r.subject, r.rawSubject, r.completedAt desc, r.sessionId desc");
    TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
    q.setParameter("c", centreId).setParameter("t", f.type());
    if (f.kind() != null) {
      q.setParameter("kind", f.kind());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from().atStartOfDay());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to().plusDays(1).atStartOfDay());
    }
    List<ResultsReport.Row> rows = new ArrayList<>();
    Map<String, Map<String, Integer>> levels = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    q.getResultStream()
        .forEach(
            o -> {
              AssessmentResult r = (AssessmentResult) o[4];
              String subject = subject(r);
              if (!seen.add(o[0] + "\u0000" + subject)
                  || (f.subject() != null && !f.subject().equals(subject))
                  || (f.level() != null && f.level() != r.getLevel())) {
                return;
              }
              rows.add(
                  new ResultsReport.Row(
                      (String) o[0],
                      (String) o[1],
                      (String) o[2],
                      String.valueOf(o[3]),
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
