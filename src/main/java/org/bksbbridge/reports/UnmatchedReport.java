package org.bksbbridge.reports;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The BKSB Unmatched report of a centre. */
public record UnmatchedReport(String centreId, List<Learner> learners, List<BksbUser> bksbUsers) {

  /** An unlinked, eligible learner: why, and who it might be. */
  @Schema(name = "UnmatchedLearner")
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
  @Schema(name = "MatchSuggestion")
  public record Suggestion(long bksbUserId, String username, String email, String why) {}

  /** A user of the centre's bksb account linked to no learner of the centre. */
  @Schema(name = "UnmatchedBksbUser")
  public record BksbUser(
      long bksbUserId,
      String username,
      String email,
      String firstName,
      String lastName,
      LocalDate dateOfBirth) {}
}
