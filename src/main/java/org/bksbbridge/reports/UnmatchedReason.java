package org.bksbbridge.reports;

/**
 * Why an eligible learner has no bksb link. Each reason names the condition on the learner's own
 * record (a learner aliased {@code l}) that it needs: the report filters by it in the database and,
 * for the reasons the record alone decides, counts and pages there too; the others also depend on
 * bksb's users and the centre's links, which {@link UnmatchedExplainer} looks up learner by
 * learner. Both must follow the explainer's order of checks.
 */
public enum UnmatchedReason {
  NO_EMAIL("no email", Conditions.UNFLAGGED + " and l.email is null", true),
  EMAIL_NOT_VERIFIED(
      "email not verified",
      Conditions.UNFLAGGED + " and l.email is not null and l.emailVerified = false",
      true),
  NO_BKSB_USER_WITH_EMAIL("no bksb user with this email", Conditions.VERIFIED, false),
  AMBIGUOUS("ambiguous", Conditions.LOOKED_UP, false),
  NO_USERNAME(
      "flagged as a bksb user, but neither a bksb nor a web user name is given",
      Conditions.FLAGGED + " and l.bksbUsername is null and l.webUsername is null",
      true),
  USERNAME_NOT_FOUND("flagged username not found in bksb", Conditions.NAMED, false),
  NOT_MATCHED_YET("would match: run Match BKSB Users", Conditions.LOOKED_UP, false);

  private final String text;
  private final String recordCondition;
  private final boolean decidedByRecord;

  UnmatchedReason(String text, String recordCondition, boolean decidedByRecord) {
    this.text = text;
    this.recordCondition = recordCondition;
    this.decidedByRecord = decidedByRecord;
  }

  public String text() {
    return text;
  }

  /** A JPQL condition every learner with this reason meets (and only they, when decided). */
  String recordCondition() {
    return "(" + recordCondition + ")";
  }

  /** Whether the record condition alone gives this reason: no look-up can change it. */
  boolean decidedByRecord() {
    return decidedByRecord;
  }

  /** The explainer's branches, as conditions on the record. */
  private static final class Conditions {
    static final String FLAGGED = "l.bksbUser = true";
    static final String UNFLAGGED = "l.bksbUser = false";
    static final String NAMED =
        FLAGGED + " and (l.bksbUsername is not null or l.webUsername is not null)";
    static final String VERIFIED =
        UNFLAGGED + " and l.email is not null and l.emailVerified = true";
    static final String LOOKED_UP = "(" + NAMED + ") or (" + VERIFIED + ")";
  }
}
