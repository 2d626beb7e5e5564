package org.bksbbridge.audit;

/**
 * What happened, to which centre's learner: the part of an entry the acting service knows.
 *
 * @param bksbUserId the bksb user concerned, if any
 * @param field the changed field, if any
 * @param oldValue the field's value before (never a secret)
 * @param newValue the field's value after, or what was issued (never the link)
 */
public record AuditEvent(
    AuditAction action,
    String centreId,
    String reference,
    Long bksbUserId,
    String field,
    String oldValue,
    String newValue) {

  /**
   * A learner got a way into bksb.
   *
   * @param source {@code AUTO_LOGIN} (bksb's sign-in link) or {@code LINK_URL} (the centre's)
   */
  public static AuditEvent loginLink(
      String centreId, String reference, Long bksbUserId, String source) {
    return new AuditEvent(
        AuditAction.BKSB_LOGIN_LINK, centreId, reference, bksbUserId, "source", null, source);
  }

  public static AuditEvent webUsernameChanged(
      String centreId, String reference, String oldValue, String newValue) {
    return new AuditEvent(
        AuditAction.WEB_USERNAME_CHANGED,
        centreId,
        reference,
        null,
        "webUsername",
        oldValue,
        newValue);
  }
}
