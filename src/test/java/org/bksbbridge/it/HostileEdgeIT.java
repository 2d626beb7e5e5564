package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's edge (issue 24): the security headers on every answer whoever makes it, what {@code
 * /health} tells whom, URIs refused before the application, and refusals that are not incidents.
 * The request rows of the same issue are in {@link HostileEdgeRows}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileEdgeIT {
  private static final String CENTRE =
      "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private static boolean made;

  /** A centre of this test's own, made at first use. */
  private static synchronized String centrePath() {
    String path = "/api/v1/centres/" + CENTRE;
    if (!made) {
      Api.Reply r = Api.as("admin").put(path, "{\"name\":\"Edge College\",\"bksbLicensed\":true}");
      assertEquals(201, r.status(), r.body());
      made = true;
    }
    return path;
  }

  @Test
  void everyAnswerOfTheServerCarriesTheSecurityHeaders() {
    Map<String, Probe.Answer> answers = new LinkedHashMap<>();
    answers.put("a page", Probe.request("GET").send("/login.xhtml"));
    answers.put("the API", Probe.request("GET").basic("tutor", "tutor").send("/api/v1/centres"));
    answers.put("401", Probe.request("GET").send("/api/v1/centres"));
    answers.put("401, wrong password", Probe.request("GET").basic("tutor", "x").send("/api/v1/me"));
    for (int i = 0; i < 5; i++) {
      Probe.request("GET").basic("edge-guess", "w" + i).send("/api/v1/centres");
    }
    answers.put("429", Probe.request("GET").basic("edge-guess", "w").send("/api/v1/centres"));
    answers.put(
        "403", Probe.request("PUT").basic("tutor", "tutor").json("{}").send("/api/v1/schedule"));
    answers.put("404 page", Probe.request("GET").basic("tutor", "tutor").send("/no-such.xhtml"));
    for (String path : List.of("/health", "/health/ready", "/health/live", "/health/started")) {
      answers.put(path, Probe.request("GET").send(path));
    }
    answers.put(
        "the API's description",
        Probe.request("GET").basic("tutor", "tutor").send("/api/v1/openapi"));
    answers.put(
        "its browsable page",
        Probe.request("GET").basic("tutor", "tutor").send("/api-docs/index.html"));
    answers.put("/metrics", Probe.request("GET").send("/metrics"));
    answers.put("the sandbox", Probe.request("GET").send("/bksb-sandbox/api/users/search"));
    answers.put(
        "a malformed URI",
        Probe.raw(
            "GET /api/v1/centres/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    answers.forEach(
        (what, a) -> {
          String csp = String.valueOf(a.header("Content-Security-Policy"));
          assertTrue(csp.contains("default-src 'self'"), what + ": " + a.headers().map());
          assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + a.headers().map());
          assertEquals("DENY", a.header("X-Frame-Options"), what);
          assertEquals("nosniff", a.header("X-Content-Type-Options"), what);
          assertEquals("same-origin", a.header("Referrer-Policy"), what);
          assertEquals(null, a.header("Strict-Transport-Security"), what + ": not over plain http");
        });
    assertEquals(429, answers.get("429").status());
    assertEquals(401, answers.get("401, wrong password").status());
  }

  /**
   * URIs that Servlet 6 calls suspicious (encoded NUL or dots, {@code ..;} segments, broken
   * percent-encoding) are refused by Liberty's web container before any application sees them
   * (WebContainer.handleRequest: decode, then canonicalize), so neither our filters nor our error
   * pages can answer them. What comes back is checked: 400, the security headers (server.xml's
   * httpEndpoint headers), nothing of a stack, and the echoed URI HTML-encoded.
   */
  @Test
  void malformedUrisAreRefusedBeforeTheApplication() {
    String auth = "Authorization: Basic YWRtaW46YWRtaW4=\r\n";
    for (String uri :
        List.of(
            "/api/v1/jobs/executions/%00/restart",
            "/bksb-sandbox/api/..;/..;/api/v1/centres",
            "/api/v1/%2e%2e/%2e%2e/api/v1/centres",
            "/api/v1/centres/%2E%2E%2Fx",
            "/api/v1/centres/%zz",
            "/api/v1/centres/%e2%82",
            "/learners.xhtml/%zz",
            "/api/v1/centres/..;jsessionid=x/..;/x",
            "/;jsessionid=x/../api/v1/centres",
            "/api/v1/centres/%zz%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
      Probe.Answer a =
          Probe.raw(
              "POST "
                  + uri
                  + " HTTP/1.1\r\nHost: localhost\r\n"
                  + auth
                  + "Content-Length: 0\r\nConnection: close\r\n\r\n");
      assertEquals(400, a.status(), uri + ": " + a.body());
      assertEquals("nosniff", a.header("X-Content-Type-Options"), uri);
      assertEquals("DENY", a.header("X-Frame-Options"), uri);
      for (String leak : List.of("Exception", "java.", "at com.ibm", "<script")) {
        assertFalse(a.body().contains(leak), uri + " shows " + leak + ": " + a.body());
      }
    }
    // An overlong path: refused by the HTTP channel or not found, never an error of ours.
    Probe.Answer longPath =
        Probe.raw(
            "GET /api/v1/centres/"
                + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + auth
                + "Connection: close\r\n\r\n");
    assertTrue(
        longPath.status() == 400 || longPath.status() == 404 || longPath.status() == 414,
        longPath.toString());
    assertFalse(longPath.body().contains("Exception"), longPath.body());
  }

  @Test
  void healthTellsAnyoneTheStatusAndAdminsTheDetail() {
    for (String path : List.of("/health", "/health/ready", "/health/live", "/health/started")) {
      Probe.Answer a = Probe.request("GET").send(path);
      assertEquals(200, a.status(), path + ": " + a.body());
      JsonObject health = new Api.Reply(200, a.body(), null).json();
      assertEquals("UP", health.getString("status"), path);
      for (JsonValue check : health.getJsonArray("checks")) {
        assertFalse(check.asJsonObject().containsKey("data"), path + ": " + a.body());
      }
      assertFalse(a.body().contains("DEMO"), "no enabled centre ids: " + a.body());
    }
    assertEquals(401, Api.anonymous().get("/api/v1/health").status());
    assertEquals(403, Api.as("tutor").get("/api/v1/health").status());
    Api.Reply detail = Api.as("admin").get("/api/v1/health");
    assertEquals(200, detail.status(), detail.body());
    JsonObject database =
        detail.json().getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(detail.body()));
    assertEquals("readiness", database.getString("kind"));
    assertFalse(database.getJsonObject("data").getString("product").isBlank(), detail.body());
  }

  /**
   * Expected refusals (400, 403, 404, 409) are not incidents: none writes an FFDC file naming our
   * refusal into the server's logs/ffdc, where operators look for crashes. Several of these are
   * refused inside the batch service user's sign-in (WSSubject.doAs), which wrote one each.
   */
  @Test
  void refusalsWriteNoIncidentFiles() throws Exception {
    Path ffdc = Deployments.serverDir().resolve("logs/ffdc");
    Set<Path> before = incidents(ffdc);
    Api admin = Api.as("admin");
    Api.Reply run = admin.post("/api/v1/jobs/bksb-get-users", "application/json", "{}");
    assertEquals(202, run.status(), run.body());
    long id = run.json().getJsonNumber("executionId").longValue();
    admin.awaitJob(id);
    Map<String, Integer> refusals = new LinkedHashMap<>();
    refusals.put(
        "restart a completed run",
        admin.post("/api/v1/jobs/executions/" + id + "/restart", "application/json", "").status());
    refusals.put(
        "stop a completed run",
        admin.post("/api/v1/jobs/executions/" + id + "/stop", "application/json", "").status());
    refusals.put(
        "a job for no centre",
        admin
            .post("/api/v1/jobs/bksb-match-users", "application/json", "{\"centreId\":\"NO-SUCH\"}")
            .status());
    refusals.put(
        "restart no run",
        admin.post("/api/v1/jobs/executions/987654321/restart", "application/json", "").status());
    refusals.put("no centre", admin.get("/api/v1/centres/NO-SUCH").status());
    refusals.put("no such file", admin.get("/api/no-such-file.json").status());
    refusals.put(
        "a tutor changes the schedule", Api.as("tutor").put("/api/v1/schedule", "{}").status());
    // Refused inside transactions the services began (persistence.QuietRefusals): a centre's
    // name (CentreService.save), a second sync on a busy account (SyncClaims).
    refusals.put(
        "a name with a control character",
        admin.put("/api/v1/centres/EDGEFFDC", "{\"name\":\"a\\u0000b\"}").status());
    try (SandboxHeld held = SandboxHeld.close(admin)) {
      Api.Reply busy = admin.post("/api/v1/jobs/bksb-get-users", "application/json", "{}");
      assertEquals(202, busy.status(), busy.body());
      held.awaitACall();
      refusals.put(
          "a second sync on a busy account",
          admin.post("/api/v1/jobs/bksb-get-users", "application/json", "{}").status());
      held.open();
      admin.awaitJob(busy.json().getJsonNumber("executionId").longValue());
    }
    refusals.put(
        "a forged page state",
        Probe.request("POST")
            .header("Cookie", Probe.signIn("admin", "admin"))
            .form("search=search&search%3Aquery=x&jakarta.faces.ViewState=forged%3A42")
            .send("/learners.xhtml")
            .status());
    assertEquals(
        Map.of(
            "a forged page state",
            400,
            "restart a completed run",
            409,
            "stop a completed run",
            409,
            "a job for no centre",
            400,
            "restart no run",
            404,
            "no centre",
            404,
            "no such file",
            404,
            "a tutor changes the schedule",
            403,
            "a name with a control character",
            400,
            "a second sync on a busy account",
            409),
        refusals);
    Thread.sleep(1000);
    for (Path incident : incidents(ffdc)) {
      if (!before.contains(incident)) {
        String text = Files.readString(incident);
        for (String refusal : List.of("org.bksbbridge.refusal.Refusal", "ViewExpiredException")) {
          assertFalse(text.contains(refusal), incident + ":\n" + text);
        }
      }
    }
  }

  private static Set<Path> incidents(Path ffdc) throws IOException {
    if (!Files.isDirectory(ffdc)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(ffdc)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("ffdc_"))
          .collect(Collectors.toSet());
    }
  }
}
