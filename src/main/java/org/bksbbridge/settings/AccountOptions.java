package org.bksbbridge.settings;

/**
 * A centre's settings for new bksb accounts. {@code toString} never shows the password.
 *
 * @param defaultPassword the opened default password of new accounts, or null when none is set
 * @param linkButtonUrl the centre's link into bksb, or null: the login email's sign-in link then
 *     falls back to the server's {@code bksb.mail.signInUrl}
 */
public record AccountOptions(
    String defaultPassword,
    boolean autoSendLoginDetails,
    boolean autoEnrolCourses,
    String linkButtonUrl) {

  @Override
  public String toString() {
    return "AccountOptions[password "
        + (defaultPassword == null ? "not set" : "set")
        + ", autoSendLoginDetails="
        + autoSendLoginDetails
        + ", autoEnrolCourses="
        + autoEnrolCourses
        + "]";
  }
}
