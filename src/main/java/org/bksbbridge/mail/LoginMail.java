package org.bksbbridge.mail;

/**
 * A learner's bksb login details as an email, made while it is sent. {@code toString} leaves the
 * body out: it holds the password.
 */
public record LoginMail(String recipient, String subject, String body) {

  /**
   * @param firstName the learner's, for the greeting
   * @param centreName who made the account
   * @param signInUrl where bksb's sign-in page is
   */
  public static LoginMail of(
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
    return new LoginMail(recipient, Outbox.LOGIN_SUBJECT, body);
  }

  @Override
  public String toString() {
    return "LoginMail[to " + recipient + ", " + subject + "]";
  }
}
