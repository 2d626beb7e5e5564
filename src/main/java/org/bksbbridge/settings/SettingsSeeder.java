package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Writes settings for the development demo, without a signed-in caller. */
@ApplicationScoped
public class SettingsSeeder {
  @Inject EntityManager em;
  @Inject SecretBox secrets;
  @Inject Clock clock;

  /** Runs in the caller's transaction. */
  public void enableDemo(String centreId, String apiUrl, String accessKeyId, String secret) {
    BksbSettings s = new BksbSettings(centreId);
    s.apply(
        new BksbSettings.Change(
            true,
            apiUrl,
            accessKeyId,
            secrets.seal(secret, centreId),
            null,
            false,
            false,
            true,
            false,
            "{\"ENGLISH\":[\"bksb English\"],\"MATHS\":[\"bksb Maths\"],\"ICT\":[]}",
            null,
            null,
            true,
            clock.instant(),
            "demo"));
    em.persist(s);
  }
}
