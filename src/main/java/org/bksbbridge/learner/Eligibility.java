package org.bksbbridge.learner;

import java.time.LocalDate;

/**
 * Who is synchronised with bksb (the PICSWeb rule): LIVE records of applicants, of learners in
 * learning, and of learners who ended within the last month.
 *
 * <p>"Within the last month" is on calendar months, inclusive: on 15 March a learner who ended on
 * 15 February still counts, one who ended on 14 February does not. On a day the previous month
 * lacks (31 March), the cut-off is that month's last day (28 or 29 February), as {@link
 * LocalDate#minusMonths} gives.
 */
public final class Eligibility {
  private Eligibility() {}

  /**
   * The same rule as a JPQL condition on a learner aliased {@code l}, for queries that must select
   * exactly the learners {@link #isEligible} accepts; bind {@link #jpqlParameters}.
   */
  public static final String JPQL =
      "(l.systemStatus = :eligibleLive and (l.kind = :eligibleApplicant or l.endDate is null"
          + " or l.endDate >= :eligibleCutoff))";

  public static java.util.Map<String, Object> jpqlParameters(LocalDate today) {
    return java.util.Map.of(
        "eligibleLive", SystemStatus.LIVE,
        "eligibleApplicant", LearnerKind.APPLICANT,
        "eligibleCutoff", cutoff(today));
  }

  /** The earliest end date that still counts as "ended within the last month" on {@code today}. */
  public static LocalDate cutoff(LocalDate today) {
    return today.minusMonths(1);
  }

  public static boolean isEligible(
      SystemStatus status, LearnerKind kind, LocalDate endDate, LocalDate today) {
    if (status != SystemStatus.LIVE) {
      return false;
    }
    return kind == LearnerKind.APPLICANT || endDate == null || !endDate.isBefore(cutoff(today));
  }
}
