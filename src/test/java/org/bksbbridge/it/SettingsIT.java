package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A centre's bksb settings: validation, the licence gate, write-only secrets, the key test. */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {
  private static final String WRONG_SECRET = "wr0ng-Secret-" + UUID.randomUUID();
  private final Api manager = Api.as("manager");
  private final String centre = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final String path = "/api/v1/centres/" + centre + "/bksb/settings";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private String sandboxSettings(String secret) {
    return "{\"enabled\":true,\"apiUrl\":\""
        + Deployments.baseUrl()
        + "/bksb-sandbox/\","
        + "\"accessKeyId\":\"sandbox-key\",\"secretAccessKey\":\""
        + secret
        + "\","
        + "\"databridgeAcknowledged\":true,\"downloadDiagnosticResults\":true,"
        + "\"learnerTags\":{\"ENGLISH\":[\"BKSB-ENG\",\"BKSB-ENG\"],\"MATHS\":[\"BKSB-MATHS\"]},"
        + "\"defaultPassword\":\"Welcome-2026!\"}";
  }

  @Test
  void enablingNeedsEverythingAndALicence() {
    assertEquals(
        201, manager.put("/api/v1/centres/" + centre, "{\"name\":\"No licence\"}").status());
    Api.Reply missing = manager.put(path, "{\"enabled\":true}");
    assertEquals(400, missing.status());
    JsonObject fields = missing.json().getJsonObject("fields");
    for (String f :
        new String[] {"apiUrl", "accessKeyId", "secretAccessKey", "databridgeAcknowledged"}) {
      assertTrue(fields.containsKey(f), f + " in " + fields);
    }
    Api.Reply insecure =
        manager.put(
            path,
            "{\"apiUrl\":\"http://live2api.example/\",\"learnerTags\":{\"FRENCH\":[]},\"colour\":1}");
    assertEquals(400, insecure.status());
    JsonObject bad = insecure.json().getJsonObject("fields");
    assertTrue(bad.getString("apiUrl").contains("https"));
    assertTrue(bad.containsKey("learnerTags.FRENCH"));
    assertEquals("unknown field", bad.getString("colour"));

    Api.Reply unlicensed = manager.put(path, sandboxSettings("sandbox-secret"));
    assertEquals(409, unlicensed.status());
    assertTrue(unlicensed.json().getString("error").contains("licence"));
    JsonObject stored = manager.get(path).json();
    assertFalse(stored.getBoolean("enabled"));
    assertFalse(stored.getBoolean("secretAccessKeySet"), "nothing was stored");
  }

  @Test
  void secretsAreWriteOnlyAndTheKeyTestCallsBksb() throws Exception {
    assertEquals(
        201,
        manager
            .put("/api/v1/centres/" + centre, "{\"name\":\"Licensed\",\"bksbLicensed\":true}")
            .status());
    Api.Reply saved = manager.put(path, sandboxSettings("sandbox-secret"));
    assertEquals(200, saved.status(), saved.body());
    assertFalse(saved.body().contains("sandbox-secret"));
    assertFalse(saved.body().contains("Welcome-2026"));
    JsonObject s = manager.get(path).json();
    assertTrue(s.getBoolean("enabled"));
    assertTrue(s.getBoolean("secretAccessKeySet"));
    assertTrue(s.getBoolean("defaultPasswordSet"));
    assertFalse(s.containsKey("secretAccessKey"));
    assertEquals(
        "[\"BKSB-ENG\"]", s.getJsonObject("learnerTags").getJsonArray("ENGLISH").toString());
    assertEquals("manager", s.getString("updatedBy"));

    JsonObject ok = manager.post(path + "/test", "application/json", "").json();
    assertTrue(ok.getBoolean("ok"), ok.toString());

    // Changing other fields keeps the stored secret.
    assertEquals(200, manager.put(path, "{\"logSyncApiCalls\":true}").status());
    assertTrue(manager.post(path + "/test", "application/json", "").json().getBoolean("ok"));

    assertEquals(200, manager.put(path, "{\"secretAccessKey\":\"" + WRONG_SECRET + "\"}").status());
    JsonObject rejected = manager.post(path + "/test", "application/json", "").json();
    assertFalse(rejected.getBoolean("ok"));
    assertTrue(
        rejected.getString("message").contains("rejected the access key"), rejected.toString());
    assertFalse(rejected.toString().contains(WRONG_SECRET));
    // Leave no enabled centre with a rejected key behind for the sync tests.
    assertEquals(200, manager.put(path, "{\"enabled\":false}").status());

    Path logs = Deployments.serverDir().resolve("logs");
    try (var files = Files.walk(logs)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(
            Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(WRONG_SECRET),
            f + " holds the secret");
      }
    }
  }

  @Test
  void tutorsCannotSeeOrChangeSettings() {
    assertEquals(
        201,
        manager
            .put("/api/v1/centres/" + centre, "{\"name\":\"T\",\"bksbLicensed\":true}")
            .status());
    Api tutor = Api.as("tutor");
    assertEquals(403, tutor.get(path).status());
    assertEquals(403, tutor.put(path, "{\"logSyncApiCalls\":true}").status());
    assertEquals(403, tutor.post(path + "/test", "application/json", "").status());
    assertFalse(manager.get(path).json().getBoolean("logSyncApiCalls"));
  }
}
