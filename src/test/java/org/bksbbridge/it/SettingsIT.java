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

  /** Group admin: the default grants leave "Edit BKSB Settings" to admins. */
  private final Api editor = Api.as("admin");

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
        201, editor.put("/api/v1/centres/" + centre, "{\"name\":\"No licence\"}").status());
    Api.Reply missing = editor.put(path, "{\"enabled\":true}");
    assertEquals(400, missing.status());
    JsonObject fields = missing.json().getJsonObject("fields");
    for (String f :
        new String[] {"apiUrl", "accessKeyId", "secretAccessKey", "databridgeAcknowledged"}) {
      assertTrue(fields.containsKey(f), f + " in " + fields);
    }
    Api.Reply insecure =
        editor.put(
            path,
            "{\"apiUrl\":\"http://live2api.example/\",\"learnerTags\":{\"FRENCH\":[]},\"colour\":1}");
    assertEquals(400, insecure.status());
    JsonObject bad = insecure.json().getJsonObject("fields");
    assertTrue(bad.getString("apiUrl").contains("https"));
    assertTrue(bad.containsKey("learnerTags.FRENCH"));
    assertEquals("unknown field", bad.getString("colour"));

    Api.Reply unlicensed = editor.put(path, sandboxSettings("sandbox-secret"));
    assertEquals(409, unlicensed.status());
    assertTrue(unlicensed.json().getString("error").contains("licence"));
    JsonObject stored = editor.get(path).json();
    assertFalse(stored.getBoolean("enabled"));
    assertFalse(stored.getBoolean("secretAccessKeySet"), "nothing was stored");
  }

  @Test
  void heatRulesHaveDefaultsChangeRuleByRuleAndA400NamesTheRule() {
    assertEquals(201, editor.put("/api/v1/centres/" + centre, "{\"name\":\"Heat\"}").status());
    JsonObject heat = editor.get(path).json().getJsonObject("heat");
    assertTrue(heat.getBoolean("applicants"));
    assertEquals(8, heat.getInt("recentStartWeeks"));
    assertEquals(14, heat.getInt("newAccountDays"));
    assertEquals(14, heat.getInt("recentResultDays"));

    Api.Reply bad = editor.put(path, "{\"heat\":{\"recentResultDays\":366,\"applicants\":\"no\"}}");
    assertEquals(400, bad.status(), bad.body());
    JsonObject fields = bad.json().getJsonObject("fields");
    assertEquals(
        "must be a whole number of days from 0 to 365", fields.getString("heat.recentResultDays"));
    assertEquals("must be true or false", fields.getString("heat.applicants"));

    Api.Reply ok = editor.put(path, "{\"heat\":{\"applicants\":false,\"recentResultDays\":30}}");
    assertEquals(200, ok.status(), ok.body());
    heat = editor.get(path).json().getJsonObject("heat");
    assertFalse(heat.getBoolean("applicants"));
    assertEquals(30, heat.getInt("recentResultDays"));
    assertEquals(8, heat.getInt("recentStartWeeks"), "a rule not sent is kept");
  }

  @Test
  void secretsAreWriteOnlyAndTheKeyTestCallsBksb() throws Exception {
    assertEquals(
        201,
        editor
            .put("/api/v1/centres/" + centre, "{\"name\":\"Licensed\",\"bksbLicensed\":true}")
            .status());
    Api.Reply saved = editor.put(path, sandboxSettings("sandbox-secret"));
    assertEquals(200, saved.status(), saved.body());
    assertFalse(saved.body().contains("sandbox-secret"));
    assertFalse(saved.body().contains("Welcome-2026"));
    JsonObject s = editor.get(path).json();
    assertTrue(s.getBoolean("enabled"));
    assertTrue(s.getBoolean("secretAccessKeySet"));
    assertTrue(s.getBoolean("defaultPasswordSet"));
    assertFalse(s.containsKey("secretAccessKey"));
    assertEquals(
        "[\"BKSB-ENG\"]", s.getJsonObject("learnerTags").getJsonArray("ENGLISH").toString());
    assertEquals("admin", s.getString("updatedBy"));

    JsonObject ok = editor.post(path + "/test", "application/json", "").json();
    assertTrue(ok.getBoolean("ok"), ok.toString());

    // Changing other fields keeps the stored secret.
    assertEquals(200, editor.put(path, "{\"logSyncApiCalls\":true}").status());
    assertTrue(editor.post(path + "/test", "application/json", "").json().getBoolean("ok"));

    assertEquals(200, editor.put(path, "{\"secretAccessKey\":\"" + WRONG_SECRET + "\"}").status());
    JsonObject rejected = editor.post(path + "/test", "application/json", "").json();
    assertFalse(rejected.getBoolean("ok"));
    assertEquals("KEYS_REFUSED", rejected.getString("outcome"), rejected.toString());
    assertFalse(rejected.toString().contains(WRONG_SECRET));
    // Leave no enabled centre with a rejected key behind for the sync tests.
    assertEquals(200, editor.put(path, "{\"enabled\":false}").status());

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
  void movingTheUrlOrKeyForgetsTheStoredSecrets() {
    assertEquals(
        201,
        editor
            .put("/api/v1/centres/" + centre, "{\"name\":\"Moved\",\"bksbLicensed\":true}")
            .status());
    assertEquals(200, editor.put(path, sandboxSettings("sandbox-secret")).status());
    assertEquals(200, editor.put(path, "{\"enabled\":false}").status());

    // Only the key id changes: the secret saved for the old key is not used with the new one.
    assertEquals(200, editor.put(path, "{\"accessKeyId\":\"another-key\"}").status());
    JsonObject afterKey = editor.get(path).json();
    assertFalse(afterKey.getBoolean("secretAccessKeySet"), afterKey.toString());
    assertTrue(afterKey.getBoolean("defaultPasswordSet"), "same host: the password stays");
    assertEquals(409, editor.post(path + "/test", "application/json", "").status());

    // Enabling on a moved key without sending the secret again says so.
    assertEquals(200, editor.put(path, sandboxSettings("sandbox-secret")).status());
    Api.Reply moved = editor.put(path, "{\"accessKeyId\":\"sandbox-key-2\",\"enabled\":true}");
    assertEquals(400, moved.status());
    assertTrue(
        moved.json().getJsonObject("fields").getString("secretAccessKey").contains("again"),
        moved.body());
    assertTrue(editor.get(path).json().getBoolean("secretAccessKeySet"), "nothing changed");
    assertEquals(200, editor.put(path, "{\"enabled\":false}").status());
  }

  @Test
  void theApiUrlMustBeBksbOrExactlyTheSandbox() {
    assertEquals(
        201,
        editor
            .put("/api/v1/centres/" + centre, "{\"name\":\"Urls\",\"bksbLicensed\":true}")
            .status());
    assertEquals(200, editor.put(path, sandboxSettings("sandbox-secret")).status());
    String sandbox = Deployments.baseUrl() + "/bksb-sandbox/";
    for (String url :
        new String[] {
          "https://attacker.example/",
          "https://live2api.bksblive2.co.uk.attacker.example/",
          "https://live2api.bksblive2.co.uk:8443/",
          sandbox + "../api/v1/",
          sandbox + "admin/",
          sandbox.replace("http://", "http://someone:pw@"),
          Deployments.baseUrl().replace("localhost", "127.0.0.1") + "/bksb-sandbox/",
          "http://live2api.bksblive2.co.uk/",
          "https://live2api.bksblive2.co.uk/?x=1",
          "file:///etc/passwd",
          "https://live2api.bksblive2.co.uk/\u0000",
        }) {
      Api.Reply r = editor.put(path, "{\"apiUrl\":" + jakarta.json.Json.createValue(url) + "}");
      assertEquals(400, r.status(), url + " -> " + r.body());
      assertTrue(r.json().getJsonObject("fields").containsKey("apiUrl"), r.body());
    }
    JsonObject s = editor.get(path).json();
    assertEquals(sandbox, s.getString("apiUrl"), "nothing changed");
    assertTrue(s.getBoolean("secretAccessKeySet"), "nothing changed");

    // bksb's own host is allowed, stored normalised; the secret stays behind.
    assertEquals(200, editor.put(path, "{\"enabled\":false}").status());
    Api.Reply live = editor.put(path, "{\"apiUrl\":\"HTTPS://Live2API.bksblive2.co.uk\"}");
    assertEquals(200, live.status(), live.body());
    assertEquals("https://live2api.bksblive2.co.uk/", live.json().getString("apiUrl"));
    assertFalse(live.json().getBoolean("secretAccessKeySet"));
    assertFalse(live.json().getBoolean("defaultPasswordSet"), "another host: no password either");
  }

  @Test
  void theConnectionTestAnswersAFixedMessage() {
    assertEquals(
        201,
        editor
            .put("/api/v1/centres/" + centre, "{\"name\":\"Down\",\"bksbLicensed\":true}")
            .status());
    assertEquals(200, editor.put(path, sandboxSettings("sandbox-secret")).status());
    Api admin = Api.as("admin");
    admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":1,\"errorStatus\":503}");
    try {
      JsonObject down = editor.post(path + "/test", "application/json", "").json();
      assertFalse(down.getBoolean("ok"));
      assertEquals("UNREACHABLE", down.getString("outcome"), down.toString());
      assertFalse(down.getString("message").contains("503"), down.toString());
    } finally {
      admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":0}");
      editor.put(path, "{\"enabled\":false}");
    }
  }

  @Test
  void tutorsSeeTheSettingsButCannotChangeOrTestThem() {
    assertEquals(
        201,
        editor.put("/api/v1/centres/" + centre, "{\"name\":\"T\",\"bksbLicensed\":true}").status());
    Api tutor = Api.as("tutor");
    Api.Reply seen = tutor.get(path);
    assertEquals(200, seen.status(), "the module shows the integration's status");
    assertFalse(seen.body().contains("sandbox-secret"));
    Api.Reply refused = tutor.put(path, "{\"logSyncApiCalls\":true}");
    assertEquals(403, refused.status());
    assertEquals("Edit BKSB Settings", refused.json().getJsonObject("fields").getString("command"));
    assertEquals(403, tutor.post(path + "/test", "application/json", "").status());
    assertEquals(
        403, Api.as("manager").put(path, "{\"logSyncApiCalls\":true}").status(), "by default");
    assertFalse(editor.get(path).json().getBoolean("logSyncApiCalls"));
  }
}
