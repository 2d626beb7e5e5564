package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless requests, one row each: what is sent, the status expected, the shape of the
 * answer (the API's JSON error body, our own error page, or a redirect) and, after every row, that
 * the centre, its learner, its bksb settings and the schedule read back unchanged. The rows are in
 * {@link HostileRows}; add cases there.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {
  private static HostileRows.Target target;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private static synchronized HostileRows.Target target() {
    if (target == null) {
      String centre = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      Api admin = Api.as("admin");
      assertEquals(
          201,
          admin
              .put(
                  "/api/v1/centres/" + centre,
                  "{\"name\":\"Hostile College\",\"bksbLicensed\":true}")
              .status());
      assertEquals(
          201,
          admin
              .put(
                  "/api/v1/centres/" + centre + "/learners/H1",
                  "{\"firstName\":\"Hal\",\"lastName\":\"Kept\"}")
              .status());
      target = new HostileRows.Target(centre, "H1", Probe.signIn("admin", "admin"));
    }
    return target;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.bksbbridge.it.HostileRows#all")
  void refusedWithoutChangingAnything(HostileRows.Row row) {
    HostileRows.Target t = target();
    List<String> before = t.state();
    Probe.Answer a = row.send().apply(t);

    assertEquals(row.status(), a.status(), row.name() + ": " + a.body());
    switch (row.answer()) {
      case JSON_ERROR -> {
        assertTrue(
            String.valueOf(a.header("Content-Type")).startsWith("application/json"), a.toString());
        JsonObject body = new Api.Reply(a.status(), a.body(), null).json();
        assertFalse(body.getString("error").isBlank());
        assertNotNull(body.getJsonObject("fields"), a.body());
        if (row.field() != null) {
          assertTrue(body.getJsonObject("fields").containsKey(row.field()), a.body());
        }
      }
      case PAGE -> {
        assertTrue(String.valueOf(a.header("Content-Type")).startsWith("text/html"), a.toString());
        for (String leak : List.of("SRVE", "Exception", "java.", "jakarta.")) {
          assertFalse(a.body().contains(leak), "the page shows " + leak + ": " + a.body());
        }
      }
      case ANY -> {}
    }
    assertTrue(row.check().test(a), row.name() + ": " + a.headers().map() + " " + a.body());
    assertEquals(before, t.state(), row.name() + " changed something");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.bksbbridge.it.HostileEdgeRows#all")
  void edgeCasesAnsweredWithoutChangingAnything(HostileRows.Row row) {
    refusedWithoutChangingAnything(row);
  }

  @Test
  void overHttpsPagesAskForHttpsAndMetricsNeedAUser() throws Exception {
    assertEquals(
        "max-age=31536000",
        Tls.get("/login.xhtml", null).getHeaderField("Strict-Transport-Security"));
    assertEquals(401, Tls.get("/metrics", null).getResponseCode());
    assertEquals(
        "max-age=31536000",
        Tls.get("/metrics", null).getHeaderField("Strict-Transport-Security"),
        "the server's own answers over https too");
    assertEquals(
        "max-age=31536000",
        Tls.get("/api/v1/centres", null).getHeaderField("Strict-Transport-Security"),
        "the sign-in refusal over https too");
    assertEquals(200, Tls.get("/metrics", "admin:admin").getResponseCode());
    assertEquals(200, Probe.request("GET").send("/health").status(), "health stays open");
  }

  @Test
  void theOpenApiDocumentDescribesOnlyApiV1ToSignedInUsers() {
    Probe.Answer a = Probe.request("GET").basic("tutor", "tutor").send("/api/v1/openapi");
    assertEquals(200, a.status());
    assertTrue(
        a.header("Content-Type").startsWith("application/json"), a.headers().map().toString());
    JsonObject paths = new Api.Reply(200, a.body(), null).json().getJsonObject("paths");
    assertFalse(paths.isEmpty());
    for (String path : paths.keySet()) {
      assertTrue(path.startsWith("/api/v1/"), path);
    }
    assertFalse(a.body().contains("bksb-sandbox"), a.body());
    assertFalse(paths.containsKey("/api/v1/openapi"), "the document does not describe itself");

    Probe.Answer yaml =
        Probe.request("GET").basic("tutor", "tutor").send("/api/v1/openapi?format=yaml");
    assertEquals(200, yaml.status());
    assertTrue(yaml.body().startsWith("---") || yaml.body().startsWith("openapi:"), yaml.body());
    Probe.Answer xml =
        Probe.request("GET").basic("tutor", "tutor").send("/api/v1/openapi?format=xml");
    assertEquals(400, xml.status());
    assertTrue(xml.body().contains("\"format\""), xml.body());
  }

  @Test
  void theApiDescriptionNeedsSignIn() {
    assertEquals(401, Probe.request("GET").send("/api/v1/openapi").status());
    Probe.Answer ui = Probe.request("GET").send("/api-docs/index.html");
    assertTrue(ui.status() == 302 || ui.status() == 401, "status " + ui.status());
    assertFalse(ui.body().contains("swagger"), ui.body());
    // Liberty's own /openapi (public, with no sign-in setting) is not in the server unless ops
    // add liberty/extras/openapi-public.xml.
    for (String path : List.of("/openapi", "/openapi/ui/")) {
      Probe.Answer a = Probe.request("GET").basic("tutor", "tutor").send(path);
      assertEquals(404, a.status(), path);
    }
  }
}
