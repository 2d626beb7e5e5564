package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import org.bksbbridge.settings.SettingsConnections.CentreAccount;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The enabled centres' accounts as readiness reads them: complete settings only, no secret. */
class SettingsConnectionsTest {
  private final SeDatabase db = new SeDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void enabledAccountsAreTheEnabledCentresWithCompleteSettingsInCentreOrder() {
    EntityManager em = db.current();
    URI bksb = URI.create("https://live2api.example/");
    SettingsFixture.enable(em, "WEST", bksb, "key-w", "secret-w");
    SettingsFixture.enable(em, "EAST", bksb, "key-e", "secret-e");
    SettingsFixture.enable(em, "OFF", bksb, "key-o", "secret-o");
    SettingsFixture.enable(em, "NOSECRET", bksb, "key-n", "secret-n");
    em.getTransaction().begin();
    em.find(BksbSettings.class, "OFF").enabled = false;
    em.find(BksbSettings.class, "NOSECRET").secretSealed = null;
    em.getTransaction().commit();
    em.clear();

    SettingsConnections connections = new SettingsConnections();
    connections.em = em;
    connections.secrets = new SecretBox(" ");

    assertEquals(
        List.of(new CentreAccount("EAST", bksb, "key-e"), new CentreAccount("WEST", bksb, "key-w")),
        connections.enabledAccounts(),
        "read without the secrets key: secrets are neither read nor opened");
  }
}
