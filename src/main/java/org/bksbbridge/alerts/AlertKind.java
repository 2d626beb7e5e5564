package org.bksbbridge.alerts;

/** What an alert tells of: its subject, what it means for the centre, what to do, and where. */
public enum AlertKind {
  JOB_FAILED(
      "a bksb-bridge job failed",
      "Until it runs again, what it would have done for the centre (users, matches, results,"
          + " accounts) is not done.",
      "Open the run in the jobs console: its exit status and skipped records say why. Restart it"
          + " once the cause is fixed; the next scheduled run also tries again.",
      "jobs.xhtml?centre=%s"),
  ACCOUNT_SKIPPED(
      "bksb skipped the centre's account",
      "bksb refused the centre's access key, did not answer, or limited its calls for long: the"
          + " centre's learners were left out of the run and keep their old bksb data.",
      "Check the Access Key ID and Secret Access Key on the bksb integration page (and that the key"
          + " is enabled in bksb under Admin Options > API Access Keys); if bksb was unreachable,"
          + " nothing needs doing: the next run takes the learners up again.",
      "integration.xhtml?centre=%s"),
  CHANGE_HELD(
      "a change waits for your approval",
      "A run found far fewer users in bksb than before and held back marking them gone: nothing was"
          + " changed for them yet.",
      "If bksb really lost these users, approve the change; if bksb listed too few during a problem"
          + " on its side, discard it. The dashboard and the jobs console show it with both buttons.",
      "integration.xhtml?centre=%s"),
  RESULTS_STALE(
      "no results downloaded for too long",
      "No run has downloaded the centre's assessment results for longer than expected: new results"
          + " in bksb are not reaching your records.",
      "Check the schedule and the last runs in the jobs console; start Get BKSB Assessments by hand"
          + " if the nightly run is off or failing.",
      "jobs.xhtml?centre=%s"),
  LOGIN_EMAIL_FAILED(
      "a learner's login email could not be sent",
      "A learner did not receive their bksb login details, after every retry.",
      "Open the outbox page to see why (the SMTP server's answer), fix the mail settings or the"
          + " learner's email, and send the details again from the learner's BKSB tab.",
      "outbox.xhtml?centre=%s"),
  WEBHOOK_DISABLED(
      "a webhook was disabled",
      "Its receiver has refused or not answered every delivery for days: the MIS it serves no longer"
          + " hears of new results, links or accounts from it.",
      "Check the receiver (its address, certificate and the status it answers), then enable the"
          + " webhook again on the bksb integration page; the events meanwhile are in the event"
          + " feed, and failed deliveries can be sent again from its delivery log.",
      "integration.xhtml?centre=%s");

  private final String subject;
  private final String meaning;
  private final String action;
  private final String page;

  AlertKind(String subject, String meaning, String action, String page) {
    this.subject = subject;
    this.meaning = meaning;
    this.action = action;
    this.page = page;
  }

  public String subject() {
    return subject;
  }

  public String meaning() {
    return meaning;
  }

  public String action() {
    return action;
  }

  /** The page to open, relative to the application's address. */
  public String page(String centreId) {
    return page.formatted(
        java.net.URLEncoder.encode(centreId, java.nio.charset.StandardCharsets.UTF_8));
  }
}
