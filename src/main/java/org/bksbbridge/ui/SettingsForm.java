package org.bksbbridge.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bksbbridge.settings.SettingsChange;
import org.bksbbridge.settings.SettingsView;

/**
 * What the bksb settings form holds, and the change it asks for: only the fields the person
 * changed, so a form left open does not undo another person's save of other fields. Secrets are
 * never shown; an empty secret field keeps the stored one. Tags are typed per subject, separated by
 * commas.
 */
public class SettingsForm implements Serializable {
  private static final long serialVersionUID = 1L;

  static final List<String> SUBJECTS = List.of("ENGLISH", "MATHS", "ICT");

  private boolean enabled;
  private String apiUrl;
  private String accessKeyId;
  private String secretAccessKey;
  private String defaultPassword;
  private boolean autoSendLoginDetails;
  private boolean autoEnrolCourses;
  private boolean downloadDiagnosticResults;
  private boolean logSyncApiCalls;
  private final HashMap<String, String> learnerTags = new HashMap<>();
  private final HashMap<String, String> applicantTags = new HashMap<>();
  private String linkButtonUrl;
  private String alertEmails;
  private boolean databridgeAcknowledged;
  private HeatForm heat = new HeatForm();

  static SettingsForm of(SettingsView v) {
    SettingsForm f = new SettingsForm();
    f.enabled = v.enabled();
    f.apiUrl = v.apiUrl();
    f.accessKeyId = v.accessKeyId();
    f.autoSendLoginDetails = v.autoSendLoginDetails();
    f.autoEnrolCourses = v.autoEnrolCourses();
    f.downloadDiagnosticResults = v.downloadDiagnosticResults();
    f.logSyncApiCalls = v.logSyncApiCalls();
    f.linkButtonUrl = v.linkButtonUrl();
    f.alertEmails = String.join("\n", v.alertEmails());
    f.databridgeAcknowledged = v.databridgeAcknowledged();
    f.heat = HeatForm.of(v.heat());
    for (String s : SUBJECTS) {
      f.learnerTags.put(s, String.join(", ", v.learnerTags().getOrDefault(s, List.of())));
      f.applicantTags.put(s, String.join(", ", v.applicantTags().getOrDefault(s, List.of())));
    }
    return f;
  }

  /** The fields that differ from {@code stored}, as the form was opened with it. */
  SettingsChange change(SettingsView stored) {
    SettingsChange.Builder b = SettingsChange.builder();
    if (enabled != stored.enabled()) {
      b.enabled(enabled);
    }
    if (!Objects.equals(text(apiUrl), stored.apiUrl())) {
      b.apiUrl(text(apiUrl));
    }
    if (!Objects.equals(text(accessKeyId), stored.accessKeyId())) {
      b.accessKeyId(text(accessKeyId));
    }
    if (text(secretAccessKey) != null) {
      b.secretAccessKey(secretAccessKey);
    }
    if (text(defaultPassword) != null) {
      b.defaultPassword(defaultPassword);
    }
    switches(b, stored);
    if (tagsChanged(learnerTags, stored.learnerTags())) {
      b.learnerTags(tags(learnerTags, stored.learnerTags()));
    }
    if (tagsChanged(applicantTags, stored.applicantTags())) {
      b.applicantTags(tags(applicantTags, stored.applicantTags()));
    }
    if (!Objects.equals(text(linkButtonUrl), stored.linkButtonUrl())) {
      b.linkButtonUrl(text(linkButtonUrl));
    }
    List<String> emails = addresses(alertEmails);
    if (!emails.equals(stored.alertEmails())) {
      b.alertEmails(emails);
    }
    return b.heat(heat.change(stored.heat())).build();
  }

  /** Addresses typed one per line (or separated by commas or spaces). */
  private static List<String> addresses(String typed) {
    return typed == null
        ? List.of()
        : java.util.Arrays.stream(typed.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
  }

  private void switches(SettingsChange.Builder b, SettingsView stored) {
    if (autoSendLoginDetails != stored.autoSendLoginDetails()) {
      b.autoSendLoginDetails(autoSendLoginDetails);
    }
    if (autoEnrolCourses != stored.autoEnrolCourses()) {
      b.autoEnrolCourses(autoEnrolCourses);
    }
    if (downloadDiagnosticResults != stored.downloadDiagnosticResults()) {
      b.downloadDiagnosticResults(downloadDiagnosticResults);
    }
    if (logSyncApiCalls != stored.logSyncApiCalls()) {
      b.logSyncApiCalls(logSyncApiCalls);
    }
    if (databridgeAcknowledged != stored.databridgeAcknowledged()) {
      b.databridgeAcknowledged(databridgeAcknowledged);
    }
  }

  /** Blank is no value: an emptied field clears the stored one. */
  private static String text(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** A subject's tags as the form shows them. */
  private static String shown(Map<String, List<String>> stored, String subject) {
    return String.join(", ", stored.getOrDefault(subject, List.of()));
  }

  private static boolean edited(String typed, Map<String, List<String>> stored, String subject) {
    return !Objects.equals(typed == null ? "" : typed.strip(), shown(stored, subject));
  }

  private static boolean tagsChanged(Map<String, String> typed, Map<String, List<String>> stored) {
    return SUBJECTS.stream().anyMatch(s -> edited(typed.get(s), stored, s));
  }

  /**
   * Each subject's tags in order: as stored where its text was not edited (a stored tag may hold a
   * comma), else split at commas, blanks dropped; the service judges the rest.
   */
  private static Map<String, List<String>> tags(
      Map<String, String> typed, Map<String, List<String>> stored) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String s : SUBJECTS) {
      String t = typed.get(s);
      out.put(
          s,
          !edited(t, stored, s)
              ? stored.getOrDefault(s, List.of())
              : Arrays.stream(t == null ? new String[0] : t.split(","))
                  .map(String::strip)
                  .filter(x -> !x.isEmpty())
                  .toList());
    }
    return out;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  public String getAccessKeyId() {
    return accessKeyId;
  }

  public void setAccessKeyId(String accessKeyId) {
    this.accessKeyId = accessKeyId;
  }

  public String getSecretAccessKey() {
    return secretAccessKey;
  }

  public void setSecretAccessKey(String secretAccessKey) {
    this.secretAccessKey = secretAccessKey;
  }

  public String getDefaultPassword() {
    return defaultPassword;
  }

  public void setDefaultPassword(String defaultPassword) {
    this.defaultPassword = defaultPassword;
  }

  public boolean isAutoSendLoginDetails() {
    return autoSendLoginDetails;
  }

  public void setAutoSendLoginDetails(boolean autoSendLoginDetails) {
    this.autoSendLoginDetails = autoSendLoginDetails;
  }

  public boolean isAutoEnrolCourses() {
    return autoEnrolCourses;
  }

  public void setAutoEnrolCourses(boolean autoEnrolCourses) {
    this.autoEnrolCourses = autoEnrolCourses;
  }

  public boolean isDownloadDiagnosticResults() {
    return downloadDiagnosticResults;
  }

  public void setDownloadDiagnosticResults(boolean downloadDiagnosticResults) {
    this.downloadDiagnosticResults = downloadDiagnosticResults;
  }

  public boolean isLogSyncApiCalls() {
    return logSyncApiCalls;
  }

  public void setLogSyncApiCalls(boolean logSyncApiCalls) {
    this.logSyncApiCalls = logSyncApiCalls;
  }

  public String getLinkButtonUrl() {
    return linkButtonUrl;
  }

  public void setLinkButtonUrl(String linkButtonUrl) {
    this.linkButtonUrl = linkButtonUrl;
  }

  public String getAlertEmails() {
    return alertEmails;
  }

  public void setAlertEmails(String alertEmails) {
    this.alertEmails = alertEmails;
  }

  public boolean isDatabridgeAcknowledged() {
    return databridgeAcknowledged;
  }

  public void setDatabridgeAcknowledged(boolean databridgeAcknowledged) {
    this.databridgeAcknowledged = databridgeAcknowledged;
  }

  /** The heat rules' fields. */
  public HeatForm getHeat() {
    return heat;
  }

  /** Typed tags by subject ("a, b"); the page binds each subject's field to an entry. */
  public Map<String, String> getLearnerTags() {
    return learnerTags;
  }

  public Map<String, String> getApplicantTags() {
    return applicantTags;
  }
}
