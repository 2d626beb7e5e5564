package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bksbbridge.learner.HeatRules;

/** Writes settings for the development demo, without a signed-in caller. */
@ApplicationScoped
public class SettingsSeeder {
  /** The DEMO centre's default password for new bksb accounts (login emails show it). */
  public static final String DEMO_DEFAULT_PASSWORD = "Welcome-demo-1";

  @Inject EntityManager em;
  @Inject SecretBox secrets;
  @Inject Clock clock;

  /**
   * Runs in the caller's transaction. DEMO sends login details (to the outbox) and auto-enrols new
   * accounts, so that creating one shows the whole path.
   */
  public void enableDemo(String centreId, String apiUrl, String accessKeyId, String secret) {
    BksbSettings s = new BksbSettings(centreId);
    s.apply(
        new BksbSettings.Change(
            true,
            apiUrl,
            accessKeyId,
            secrets.seal(secret, centreId),
            // New accounts' first password (learners must change it): development data only.
            secrets.seal(DEMO_DEFAULT_PASSWORD, centreId),
            true,
            true,
            true,
            false,
            "{\"ENGLISH\":[\"bksb English\"],\"MATHS\":[\"bksb Maths\"],\"ICT\":[]}",
            null,
            null,
            true,
            HeatRules.DEFAULTS,
            null,
            clock.instant(),
            "demo"));
    em.persist(s);
  }
}
