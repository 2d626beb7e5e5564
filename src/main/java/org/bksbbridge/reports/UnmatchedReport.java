package org.bksbbridge.reports;

import java.time.LocalDate;
import java.util.List;

/** The BKSB Unmatched report of a centre. */
public record UnmatchedReport(String centreId, List<Learner> learners, List<BksbUser> bksbUsers) {

  /** An unlinked, eligible learner: why, and who it might be. */
  public record Learner(
      String reference,
      String firstName,
      String lastName,
      String email,
      String reason,
      String reasonCode,
      String detail,
      List<Suggestion> suggestions) {}

  /** A bksb user a manager may confirm as the learner's (PUT .../bksb/link {"bksbUserId"}). */
  public record Suggestion(long bksbUserId, String username, String email, String why) {}

  /** A user of the centre's bksb account linked to no learner of the centre. */
  public record BksbUser(
      long bksbUserId,
      String username,
      String email,
      String firstName,
      String lastName,
      LocalDate dateOfBirth) {}
}
