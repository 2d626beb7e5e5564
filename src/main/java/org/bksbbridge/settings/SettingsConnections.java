package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.learner.HeatRules;

/**
 * The bksb connections of centres, with their secrets opened, for jobs and calls. No permission
 * check here: callers are jobs (started by an authorised user) or services that checked already.
 */
@ApplicationScoped
public class SettingsConnections {
  @Inject EntityManager em;
  @Inject SecretBox secrets;

  /**
   * @param evenIfDisabled for the connection test, which may run before enabling
   */
  public Optional<BksbConnection> connection(String centreId, boolean evenIfDisabled) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId))
        .filter(s -> evenIfDisabled || s.enabled)
        .filter(SettingsConnections::complete)
        .map(this::connection);
  }

  /** Every enabled centre's connection, the most recently saved settings first. */
  public List<BksbConnection> enabled() {
    return em.createQuery("select s from BksbSettings s where s.enabled = true", BksbSettings.class)
        .getResultStream()
        .sorted(
            java.util.Comparator.comparing(
                    (BksbSettings s) -> s.updatedAt,
                    java.util.Comparator.nullsLast(
                        java.util.Comparator.<java.time.Instant>reverseOrder()))
                .thenComparing(s -> s.centreId))
        .filter(SettingsConnections::complete)
        .map(this::connection)
        .toList();
  }

  /** An enabled centre's bksb account, without its secret. */
  public record CentreAccount(String centreId, URI apiUrl, String accessKeyId) {}

  /**
   * The accounts of the enabled centres with complete settings (those the sync jobs call), in
   * centre order; secrets are neither read nor opened.
   */
  public List<CentreAccount> enabledAccounts() {
    return em.createQuery(
            "select s.centreId, s.apiUrl, s.accessKeyId from BksbSettings s where s.enabled = true"
                + " and s.apiUrl is not null and s.accessKeyId is not null"
                + " and s.secretSealed is not null order by s.centreId",
            Object[].class)
        .getResultStream()
        .map(r -> new CentreAccount((String) r[0], URI.create((String) r[1]), (String) r[2]))
        .toList();
  }

  /**
   * The centres a run worked for: the one it names, or (null: a run of all) every enabled centre
   * with complete settings.
   */
  public List<String> centresOfRun(String centreId) {
    if (centreId != null) {
      return List.of(centreId);
    }
    return enabledAccounts().stream().map(CentreAccount::centreId).distinct().toList();
  }

  /** The centre's download options; {@link SyncOptions#NONE} for a centre without settings. */
  public SyncOptions options(String centreId) {
    BksbSettings s = em.find(BksbSettings.class, centreId);
    if (s == null) {
      return SyncOptions.NONE;
    }
    return new SyncOptions(
        s.downloadDiagnosticResults, Tags.read(s.learnerTags), Tags.read(s.applicantTags));
  }

  /** The centre's heat rules; the defaults for a centre without settings. */
  public HeatRules heat(String centreId) {
    BksbSettings s = em.find(BksbSettings.class, centreId);
    return s == null ? HeatRules.DEFAULTS : s.heat();
  }

  /**
   * The address the centre set for its bksb link button ("Link button URL"), or null: where a
   * learner's bksb button leads when bksb gives no sign-in link.
   */
  public String linkButtonUrl(String centreId) {
    BksbSettings s = em.find(BksbSettings.class, centreId);
    return s == null ? null : s.linkButtonUrl;
  }

  /** Where the centre's alerts are emailed; none when it has no settings or no addresses. */
  public List<String> alertEmails(String centreId) {
    BksbSettings s = em.find(BksbSettings.class, centreId);
    return s == null || s.alertEmails == null || s.alertEmails.isBlank()
        ? List.of()
        : List.of(s.alertEmails.split(","));
  }

  /** When the centre's settings last changed; empty for a centre without settings. */
  public Optional<java.time.Instant> changedAt(String centreId) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId)).map(s -> s.updatedAt);
  }

  /**
   * What creating bksb accounts needs from the centre's settings, the default password opened;
   * empty for a centre without settings. Read where the password is used (a new user, a login
   * email) and never kept.
   */
  public Optional<AccountOptions> accountOptions(String centreId) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId))
        .map(
            s ->
                new AccountOptions(
                    s.defaultPasswordSealed == null
                        ? null
                        : secrets.open(s.defaultPasswordSealed, s.centreId),
                    s.autoSendLoginDetails,
                    s.autoEnrolCourses,
                    s.linkButtonUrl));
  }

  private static boolean complete(BksbSettings s) {
    return s.apiUrl != null && s.accessKeyId != null && s.secretSealed != null;
  }

  private BksbConnection connection(BksbSettings s) {
    return new BksbConnection(
        URI.create(s.apiUrl),
        s.accessKeyId,
        secrets.open(s.secretSealed, s.centreId),
        s.centreId,
        s.logSyncApiCalls);
  }
}
