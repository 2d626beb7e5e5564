package org.bksbbridge.settings;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.Base64;
import org.bksbbridge.learner.HeatRules;

/** Stores bksb settings directly, for tests of the jobs that read them. */
public final class SettingsFixture {
  /** The secrets key of the tests. */
  public static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private SettingsFixture() {}

  /** SecretBox outside the server, where MicroProfile Config is absent. */
  @Alternative
  @Priority(1)
  @Dependent
  public static class TestSecretBox extends SecretBox {
    public TestSecretBox() {
      super(KEY);
    }
  }

  /** An enabled centre pointing at a bksb API with an access key pair. */
  public static void enable(
      EntityManager em, String centreId, URI apiUrl, String key, String secret) {
    enable(em, centreId, apiUrl, key, secret, null);
  }

  /** The same, saved at the given time (null: never saved through the API). */
  public static void enable(
      EntityManager em,
      String centreId,
      URI apiUrl,
      String key,
      String secret,
      java.time.Instant savedAt) {
    BksbSettings s = new BksbSettings(centreId);
    s.updatedAt = savedAt;
    s.enabled = true;
    s.apiUrl = apiUrl.toString();
    s.accessKeyId = key;
    s.secretSealed = new SecretBox(KEY).seal(secret, centreId);
    s.databridgeAcknowledged = true;
    em.getTransaction().begin();
    if (em.find(org.bksbbridge.centre.Centre.class, centreId) == null) {
      org.bksbbridge.centre.Centre centre = new org.bksbbridge.centre.Centre(centreId);
      centre.setName(centreId);
      centre.setBksbLicensed(true);
      em.persist(centre);
    }
    em.persist(s);
    em.getTransaction().commit();
  }

  /** Gives a centre's stored settings another secret (the keys put right, or broken). */
  public static void secret(EntityManager em, String centreId, String secret) {
    em.getTransaction().begin();
    em.find(BksbSettings.class, centreId).secretSealed = new SecretBox(KEY).seal(secret, centreId);
    em.getTransaction().commit();
  }

  /** Sets a centre's download options: diagnostics, and tags as stored JSON (or null). */
  public static void options(
      EntityManager em,
      String centreId,
      boolean diagnostics,
      String learnerTagsJson,
      String applicantTagsJson) {
    em.getTransaction().begin();
    BksbSettings s = em.find(BksbSettings.class, centreId);
    s.downloadDiagnosticResults = diagnostics;
    s.learnerTags = learnerTagsJson;
    s.applicantTags = applicantTagsJson;
    em.getTransaction().commit();
  }

  /** Sets what new bksb accounts get: the default password (sealed), login emails, enrolment. */
  public static void accounts(
      EntityManager em, String centreId, String password, boolean sendLogin, boolean enrol) {
    em.getTransaction().begin();
    BksbSettings s = em.find(BksbSettings.class, centreId);
    s.defaultPasswordSealed = password == null ? null : new SecretBox(KEY).seal(password, centreId);
    s.autoSendLoginDetails = sendLogin;
    s.autoEnrolCourses = enrol;
    em.getTransaction().commit();
  }

  /** Turns the centre's "Log scheduled sync API calls" on or off. */
  public static void logCalls(EntityManager em, String centreId, boolean on) {
    em.getTransaction().begin();
    em.find(BksbSettings.class, centreId).logSyncApiCalls = on;
    em.getTransaction().commit();
  }

  /** Sets where the centre's alerts are emailed (its settings exist). */
  public static void alertEmails(EntityManager em, String centreId, String... addresses) {
    em.getTransaction().begin();
    em.find(BksbSettings.class, centreId).alertEmails = String.join(",", addresses);
    em.getTransaction().commit();
  }

  /** Sets the centre's link button URL, making its settings row if it has none. */
  public static void linkButtonUrl(EntityManager em, String centreId, String url) {
    em.getTransaction().begin();
    BksbSettings s = em.find(BksbSettings.class, centreId);
    if (s == null) {
      s = new BksbSettings(centreId);
      em.persist(s);
    }
    s.linkButtonUrl = url;
    em.getTransaction().commit();
  }

  /** Sets the centre's heat rules. */
  public static void heat(EntityManager em, String centreId, HeatRules r) {
    em.getTransaction().begin();
    BksbSettings s = em.find(BksbSettings.class, centreId);
    s.heatApplicants = r.applicants();
    s.heatStarts = r.recentStarts();
    s.heatStartWeeks = r.recentStartWeeks();
    s.heatAccounts = r.newAccounts();
    s.heatAccountDays = r.newAccountDays();
    s.heatResults = r.recentResults();
    s.heatResultDays = r.recentResultDays();
    em.getTransaction().commit();
  }
}
