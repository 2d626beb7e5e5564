package org.bksbbridge.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of {@link LearnerRepository}'s queries whose shape depends on their input (criteria
 * built as JPQL): built here, run there and nowhere else.
 */
final class LearnerQueries {
  /** A query's text and its parameters. */
  record Text(String jpql, Map<String, Object> params) {
    /** This text (a condition) between a select and a tail, with the same parameters. */
    Text prefixed(String select, String tail) {
      return new Text(select + jpql + tail, params);
    }
  }

  private LearnerQueries() {}

  /** The linked learners of a results run (see {@link LinkedScope}), eligible today. */
  static Text linked(String select, String tail, LinkedScope scope, Clock clock) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from BksbLink k, Learner l where l.id = k.learnerId and (");
    int i = 0;
    for (var e : scope.centresByAccount().entrySet()) {
      jpql.append(i == 0 ? "" : " or ")
          .append("(k.accountId = :account")
          .append(i)
          .append(" and k.centreId in :centres")
          .append(i)
          .append(")");
      params.put("account" + i, e.getKey());
      params.put("centres" + i++, e.getValue());
    }
    LocalDate today = LocalDate.now(clock);
    jpql.append(") and ").append(Eligibility.JPQL);
    params.putAll(Eligibility.jpqlParameters(today));
    if (scope.partitions() > 1) {
      jpql.append(" and mod(k.bksbUserId, :partitions) = :partition");
      params.put("partitions", scope.partitions());
      params.put("partition", scope.partition());
    }
    if (scope.since() != null) {
      jpql.append(" and (k.matchedAt >= :since or l.updatedAt >= :since");
      params.put("since", scope.since());
      heat(jpql, params, scope.heat(), today, clock);
      jpql.append(")");
    }
    return new Text(jpql.append(tail).toString(), params);
  }

  /**
   * The centres' heat rules as a condition on learner {@code l} and its link {@code k}, so that the
   * database picks the hot learners of a page; centres with the same rules share one clause. A
   * window of N days (weeks) runs from midnight N days (weeks) ago, in the clock's zone, until now:
   * 0 means today. It is taken when the page is read, as the eligibility rule is; a restarted run
   * reads on from its checkpoint with the rules of that moment.
   */
  private static void heat(
      StringBuilder jpql,
      Map<String, Object> params,
      Map<String, HeatRules> heat,
      LocalDate today,
      Clock clock) {
    Map<HeatRules, List<String>> byRules = new LinkedHashMap<>();
    heat.forEach(
        (centre, rules) -> {
          if (rules != null && rules.any()) {
            byRules.computeIfAbsent(rules, r -> new ArrayList<>()).add(centre);
          }
        });
    int i = 0;
    for (var e : byRules.entrySet()) {
      HeatRules r = e.getKey();
      List<String> rules = new ArrayList<>();
      if (r.applicants()) {
        rules.add("l.kind = :heatApplicant");
        params.put("heatApplicant", LearnerKind.APPLICANT);
      }
      if (r.recentStarts()) {
        rules.add("(l.startDate >= :heatStartFrom" + i + " and l.startDate <= :heatToday)");
        params.put("heatStartFrom" + i, today.minusWeeks(r.recentStartWeeks()));
        params.put("heatToday", today);
      }
      if (r.newAccounts()) {
        // Links made by matching, by hand or by creating the account (method CREATED) alike.
        rules.add("k.matchedAt >= :heatLinkedFrom" + i);
        params.put(
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
        params.put("heatResultFrom" + i, today.minusDays(r.recentResultDays()).atStartOfDay());
      }
      jpql.append(" or (l.centreId in :heatCentres")
          .append(i)
          .append(" and (")
          .append(String.join(" or ", rules))
          .append("))");
      params.put("heatCentres" + i++, e.getValue());
    }
  }

  /** The condition of a search of the centre's learners: {@code " where ..."}. */
  static Text searchWhere(String centreId, LearnerQuery q, String likeText, LocalDate today) {
    StringBuilder where = new StringBuilder(" where l.centreId = :centre");
    Map<String, Object> params = new HashMap<>();
    params.put("centre", centreId);
    if (likeText != null) {
      where.append(
          " and (lower(l.lastName) like :text escape '!' or lower(l.firstName) like :text escape '!'"
              + " or lower(l.reference) like :text escape '!' or l.email like :text escape '!')");
      params.put("text", likeText);
    }
    if (q.kind() != null) {
      where.append(" and l.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.eligible() != null) {
      where.append(q.eligible() ? " and " : " and not ").append(Eligibility.JPQL);
      params.putAll(Eligibility.jpqlParameters(today));
    }
    return new Text(where.toString(), params);
  }

  /** How many learners the search's condition keeps. */
  static Text searchCount(Text where) {
    return where.prefixed("select count(l) from Learner l", "");
  }

  /** The search's learners, by last name, first name and reference. */
  static Text searchPage(Text where) {
    return where.prefixed(
        "select l from Learner l", " order by l.lastName, l.firstName, l.reference");
  }

  /**
   * Per centre, the oldest results check among its linked learners eligible today (a learner never
   * checked counts from its link): every one of them is due at least nightly.
   */
  static Text oldestResultsCheck(java.util.Collection<String> centres, LocalDate today) {
    Map<String, Object> params = new HashMap<>(Eligibility.jpqlParameters(today));
    params.put("centres", java.util.List.copyOf(centres));
    return new Text(
        "select k.centreId, min(coalesce(k.resultsCheckedAt, k.matchedAt))"
            + " from BksbLink k, Learner l where l.id = k.learnerId and k.centreId in :centres and "
            + Eligibility.JPQL
            + " group by k.centreId",
        params);
  }

  /** The Unmatched report's learners (see {@link LearnerRepository.Unmatched}). */
  static Text unmatched(String select, LearnerRepository.Unmatched u, long[] ids) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from Learner l where l.centreId = :c and ")
            .append(Eligibility.JPQL)
            .append(" and not exists (select k.id from BksbLink k where k.learnerId = l.id)");
    Map<String, Object> params = new HashMap<>(Eligibility.jpqlParameters(u.today()));
    params.put("c", u.centreId());
    if (u.likeText() != null) {
      jpql.append(
          " and (lower(l.reference) like :t escape '!' or lower(l.firstName) like :t escape '!'"
              + " or lower(l.lastName) like :t escape '!'"
              + " or lower(concat(concat(l.firstName, ' '), l.lastName)) like :t escape '!'"
              + " or l.email like :t escape '!' or lower(l.bksbUsername) like :t escape '!'"
              + " or lower(l.webUsername) like :t escape '!')");
      params.put("t", u.likeText());
    }
    if (u.condition() != null) {
      jpql.append(" and ").append(u.condition());
    }
    if (ids != null) {
      jpql.append(" and l.id > :after and l.id <= :upTo");
      params.put("after", ids[0]);
      params.put("upTo", ids[1]);
    }
    if (!select.startsWith("select count")) {
      jpql.append(" order by l.id");
    }
    return new Text(jpql.toString(), params);
  }
}
