package org.bksbbridge.sync.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.settings.HeatRules;

/**
 * The centres' heat rules as a JPQL condition on a learner {@code l} and its link {@code k}, so
 * that the database picks the hot learners of a page. Centres with the same rules share one clause.
 * A window of N days (weeks) runs from midnight N days (weeks) ago, in the server's zone, until
 * now: 0 means today. It is taken when the page is read, as the eligibility rule is; a restarted
 * run reads on from its checkpoint with the rules of that moment.
 */
final class HeatCondition {
  private final StringBuilder jpql = new StringBuilder();
  private final Map<String, Object> parameters = new HashMap<>();

  private HeatCondition() {}

  /** An empty condition when no centre has a rule on: nobody is hot. */
  static HeatCondition of(Map<String, LinkedLearners.CentreSync> centres, Clock clock) {
    Map<HeatRules, List<String>> byRules = new LinkedHashMap<>();
    centres.forEach(
        (centre, c) -> {
          if (c.heat() != null && c.heat().any()) {
            byRules.computeIfAbsent(c.heat(), r -> new ArrayList<>()).add(centre);
          }
        });
    HeatCondition h = new HeatCondition();
    LocalDate today = LocalDate.now(clock);
    int i = 0;
    for (var e : byRules.entrySet()) {
      h.clause(i++, e.getKey(), e.getValue(), today, clock);
    }
    return h;
  }

  private void clause(int i, HeatRules r, List<String> centres, LocalDate today, Clock clock) {
    List<String> rules = new ArrayList<>();
    if (r.applicants()) {
      rules.add("l.kind = :heatApplicant");
      parameters.put("heatApplicant", LearnerKind.APPLICANT);
    }
    if (r.recentStarts()) {
      rules.add("(l.startDate >= :heatStartFrom" + i + " and l.startDate <= :heatToday)");
      parameters.put("heatStartFrom" + i, today.minusWeeks(r.recentStartWeeks()));
      parameters.put("heatToday", today);
    }
    if (r.newAccounts()) {
      // Links made by matching, by hand or by creating the account (method CREATED) alike.
      rules.add("k.matchedAt >= :heatLinkedFrom" + i);
      parameters.put(
          "heatLinkedFrom" + i,
          today.minusDays(r.newAccountDays()).atStartOfDay(clock.getZone()).toInstant());
    }
    if (r.recentResults()) {
      // ix_result_user (account, bksb user, completed) answers this with one index probe.
      rules.add(
          "exists (select r.id from AssessmentResult r where r.accountId = k.accountId"
              + " and r.bksbUserId = k.bksbUserId and r.completedAt >= :heatResultFrom"
              + i
              + ")");
      // bksb's completion times are local times without a zone: compared as such.
      parameters.put("heatResultFrom" + i, today.minusDays(r.recentResultDays()).atStartOfDay());
    }
    jpql.append(" or (l.centreId in :heatCentres")
        .append(i)
        .append(" and (")
        .append(String.join(" or ", rules))
        .append("))");
    parameters.put("heatCentres" + i, centres);
  }

  /** The condition to append to the "linked or changed since" one, starting with " or". */
  String jpql() {
    return jpql.toString();
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
