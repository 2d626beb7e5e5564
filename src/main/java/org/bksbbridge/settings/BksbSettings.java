package org.bksbbridge.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bksbbridge.learner.HeatRules;

/**
 * A centre's bksb settings. Secrets are held only sealed (see {@link SecretBox}).
 *
 * <p>Fields change only through {@link #apply}: EclipseLink's woven change tracking sees writes
 * made inside the entity class, not assignments from other classes.
 */
@Entity
@Table(name = "bksb_settings")
public class BksbSettings {
  @Id
  @Column(name = "centre_id", length = 32)
  String centreId;

  @Column(name = "enabled", nullable = false)
  boolean enabled;

  @Column(name = "api_url", length = 500)
  String apiUrl;

  @Column(name = "access_key_id", length = 100)
  String accessKeyId;

  @Column(name = "secret_sealed", length = 1000)
  String secretSealed;

  @Column(name = "default_password_sealed", length = 1000)
  String defaultPasswordSealed;

  @Column(name = "auto_send_login_details", nullable = false)
  boolean autoSendLoginDetails;

  @Column(name = "auto_enrol_courses", nullable = false)
  boolean autoEnrolCourses;

  @Column(name = "download_diagnostics", nullable = false)
  boolean downloadDiagnosticResults;

  @Column(name = "log_sync_api_calls", nullable = false)
  boolean logSyncApiCalls;

  /** JSON: {"ENGLISH":[...],"MATHS":[...],"ICT":[...]}. */
  @Lob
  @Column(name = "learner_tags")
  String learnerTags;

  @Lob
  @Column(name = "applicant_tags")
  String applicantTags;

  @Column(name = "link_button_url", length = 500)
  String linkButtonUrl;

  @Column(name = "databridge_acknowledged", nullable = false)
  boolean databridgeAcknowledged;

  // The heat rules (HeatRules); a row made before them gets the defaults from the migration.
  @Column(name = "heat_applicants", nullable = false)
  boolean heatApplicants = HeatRules.DEFAULTS.applicants();

  @Column(name = "heat_starts", nullable = false)
  boolean heatStarts = HeatRules.DEFAULTS.recentStarts();

  @Column(name = "heat_start_weeks", nullable = false)
  int heatStartWeeks = HeatRules.DEFAULTS.recentStartWeeks();

  @Column(name = "heat_accounts", nullable = false)
  boolean heatAccounts = HeatRules.DEFAULTS.newAccounts();

  @Column(name = "heat_account_days", nullable = false)
  int heatAccountDays = HeatRules.DEFAULTS.newAccountDays();

  @Column(name = "heat_results", nullable = false)
  boolean heatResults = HeatRules.DEFAULTS.recentResults();

  @Column(name = "heat_result_days", nullable = false)
  int heatResultDays = HeatRules.DEFAULTS.recentResultDays();

  /** Where the centre's alerts are emailed: addresses, comma-separated; null: nowhere. */
  @Column(name = "alert_emails", length = 2000)
  String alertEmails;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "updated_by", length = 100)
  String updatedBy;

  @Version
  @Column(name = "version")
  long version;

  protected BksbSettings() {}

  /** The new state of every field; a null sealed secret clears it. */
  record Change(
      boolean enabled,
      String apiUrl,
      String accessKeyId,
      String secretSealed,
      String defaultPasswordSealed,
      boolean autoSendLoginDetails,
      boolean autoEnrolCourses,
      boolean downloadDiagnosticResults,
      boolean logSyncApiCalls,
      String learnerTags,
      String applicantTags,
      String linkButtonUrl,
      boolean databridgeAcknowledged,
      HeatRules heat,
      String alertEmails,
      Instant updatedAt,
      String updatedBy) {}

  void apply(Change c) {
    enabled = c.enabled();
    apiUrl = c.apiUrl();
    accessKeyId = c.accessKeyId();
    secretSealed = c.secretSealed();
    defaultPasswordSealed = c.defaultPasswordSealed();
    autoSendLoginDetails = c.autoSendLoginDetails();
    autoEnrolCourses = c.autoEnrolCourses();
    downloadDiagnosticResults = c.downloadDiagnosticResults();
    logSyncApiCalls = c.logSyncApiCalls();
    learnerTags = c.learnerTags();
    applicantTags = c.applicantTags();
    linkButtonUrl = c.linkButtonUrl();
    databridgeAcknowledged = c.databridgeAcknowledged();
    heatApplicants = c.heat().applicants();
    heatStarts = c.heat().recentStarts();
    heatStartWeeks = c.heat().recentStartWeeks();
    heatAccounts = c.heat().newAccounts();
    heatAccountDays = c.heat().newAccountDays();
    heatResults = c.heat().recentResults();
    heatResultDays = c.heat().recentResultDays();
    alertEmails = c.alertEmails();
    updatedAt = c.updatedAt();
    updatedBy = c.updatedBy();
  }

  HeatRules heat() {
    return new HeatRules(
        heatApplicants,
        heatStarts,
        heatStartWeeks,
        heatAccounts,
        heatAccountDays,
        heatResults,
        heatResultDays);
  }

  BksbSettings(String centreId) {
    this.centreId = centreId;
  }
}
