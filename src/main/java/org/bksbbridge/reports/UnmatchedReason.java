package org.bksbbridge.reports;

/** Why an eligible learner has no bksb link. */
public enum UnmatchedReason {
  NO_EMAIL("no email"),
  EMAIL_NOT_VERIFIED("email not verified"),
  NO_BKSB_USER_WITH_EMAIL("no bksb user with this email"),
  AMBIGUOUS("ambiguous"),
  NO_USERNAME("flagged as a bksb user, but neither a bksb nor a web user name is given"),
  USERNAME_NOT_FOUND("flagged username not found in bksb"),
  NOT_MATCHED_YET("would match: run Match BKSB Users");

  private final String text;

  UnmatchedReason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
