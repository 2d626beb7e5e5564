package org.bksbbridge.mail;

/**
 * An email as it is sent, made from its outbox row at that moment: a learner's bksb login details
 * ({@link #of}) or an alert. {@code toString} leaves the body out: a login email's holds the
 * password.
 */
public record OutgoingMail(String recipient, String subject, String body) {

  /**
   * @param firstName the learner's, for the greeting
   * @param centreName who made the account
   * @param signInUrl where bksb's sign-in page is
   */
  public static OutgoingMail of(
      String recipient,
      String firstName,
      String centreName,
      String signInUrl,
      String username,
      String password) {
    String body =
        "Dear "
            + firstName
            + ",\n\n"
            + centreName
            + " has made you an account in bksb, where you take your English, maths and digital"
            + " skills assessments.\n\n"
            + "Sign in at: "
            + signInUrl
            + "\nUsername: "
            + username
            + "\nPassword: "
            + password
            + "\n\nYou will be asked to choose a new password the first time you sign in. If you"
            + " did not expect this email, tell "
            + centreName
            + ".\n";
    return new OutgoingMail(recipient, Outbox.LOGIN_SUBJECT, body);
  }

  @Override
  public String toString() {
    return "OutgoingMail[to " + recipient + ", " + subject + "]";
  }
}
