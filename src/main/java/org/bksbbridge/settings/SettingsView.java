package org.bksbbridge.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.HeatRules;

/** Settings as the API shows them: secrets only as "is set" flags. */
public record SettingsView(
    String centreId,
    boolean enabled,
    String apiUrl,
    String accessKeyId,
    boolean secretAccessKeySet,
    boolean defaultPasswordSet,
    boolean autoSendLoginDetails,
    boolean autoEnrolCourses,
    boolean downloadDiagnosticResults,
    boolean logSyncApiCalls,
    Map<String, List<String>> learnerTags,
    Map<String, List<String>> applicantTags,
    String linkButtonUrl,
    boolean databridgeAcknowledged,
    HeatRules heat,
    List<String> alertEmails,
    Instant updatedAt,
    String updatedBy) {

  static SettingsView of(BksbSettings s) {
    return new SettingsView(
        s.centreId,
        s.enabled,
        s.apiUrl,
        s.accessKeyId,
        s.secretSealed != null,
        s.defaultPasswordSealed != null,
        s.autoSendLoginDetails,
        s.autoEnrolCourses,
        s.downloadDiagnosticResults,
        s.logSyncApiCalls,
        Tags.read(s.learnerTags),
        Tags.read(s.applicantTags),
        s.linkButtonUrl,
        s.databridgeAcknowledged,
        s.heat(),
        s.alertEmails == null || s.alertEmails.isBlank()
            ? List.of()
            : List.of(s.alertEmails.split(",")),
        s.updatedAt,
        s.updatedBy);
  }
}
