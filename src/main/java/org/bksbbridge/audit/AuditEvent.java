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

  /** A link made by hand, to {@code bksbUserId}; {@code before} the user it replaced, or null. */
  public static AuditEvent linked(String centreId, String reference, long bksbUserId, Long before) {
    return new AuditEvent(
        AuditAction.LEARNER_LINKED,
        centreId,
        reference,
        bksbUserId,
        "bksbUserId",
        before == null ? null : before.toString(),
        Long.toString(bksbUserId));
  }

  public static AuditEvent unlinked(String centreId, String reference, long bksbUserId) {
    return new AuditEvent(
        AuditAction.LEARNER_UNLINKED,
        centreId,
        reference,
        bksbUserId,
        "bksbUserId",
        Long.toString(bksbUserId),
        null);
  }

  /** The new bksb user's id and user name (never its password). */
  public static AuditEvent accountCreated(
      String centreId, String reference, long bksbUserId, String username) {
    return new AuditEvent(
        AuditAction.BKSB_ACCOUNT_CREATED,
        centreId,
        reference,
        bksbUserId,
        "bksbUsername",
        null,
        username);
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
