package org.bksbbridge.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings form's components by the settings service's field names, so that each problem the
 * service names appears beside its field. A subject's tags are {@code learnerTags.ICT} there and
 * {@code settings:learnerTags_ICT} here (a client id cannot hold a dot); a heat rule's {@code
 * heat.newAccountDays} is {@code settings:heat_newAccountDays}.
 */
final class SettingsFields {
  private SettingsFields() {}

  static final Map<String, Messages.Field> FIELDS = fields();

  private static Map<String, Messages.Field> fields() {
    Map<String, Messages.Field> f = new HashMap<>();
    String[][] named = {
      {"enabled", "Integration enabled"},
      {"apiUrl", "bksb API URL"},
      {"accessKeyId", "API access key"},
      {"secretAccessKey", "API secret key"},
      {"databridgeAcknowledged", "Databridge"},
      {"defaultPassword", "Default password"},
      {"autoSendLoginDetails", "Auto send login details"},
      {"autoEnrolCourses", "Auto enrol on courses"},
      {"downloadDiagnosticResults", "Download diagnostic assessment results"},
      {"logSyncApiCalls", "Log scheduled sync API calls"},
      {"linkButtonUrl", "Link button URL"},
      {"alertEmails", "Alert email addresses"},
      {"heat.applicants", "Applicants are hot"},
      {"heat.recentStarts", "Recent starters are hot"},
      {"heat.recentStartWeeks", "Weeks since the start date"},
      {"heat.newAccounts", "New bksb accounts are hot"},
      {"heat.newAccountDays", "Days since the account was created or linked"},
      {"heat.recentResults", "Recent results make a learner hot"},
      {"heat.recentResultDays", "Days since the last result"}
    };
    for (String[] n : named) {
      f.put(n[0], new Messages.Field("settings:" + n[0].replace('.', '_'), n[1]));
    }
    for (String s : SettingsForm.SUBJECTS) {
      String subject = s.equals("ICT") ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
      f.put(
          "learnerTags." + s,
          new Messages.Field("settings:learnerTags_" + s, "Learner tags, " + subject));
      f.put(
          "applicantTags." + s,
          new Messages.Field("settings:applicantTags_" + s, "Applicant tags, " + subject));
    }
    return Map.copyOf(f);
  }
}
