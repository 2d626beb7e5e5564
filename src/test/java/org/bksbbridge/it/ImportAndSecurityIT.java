package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learner-import job started over REST inside Liberty, and who may do what. */
@ExtendWith(ArquillianExtension.class)
class ImportAndSecurityIT {
  private final Api admin = Api.as("admin");
  private final Api tutor = Api.as("tutor");
  private final String centre = "I" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private String learners;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void centre() {
    assertEquals(
        201, admin.put("/api/v1/centres/" + centre, "{\"name\":\"Import College\"}").status());
    learners = "/api/v1/centres/" + centre + "/learners";
  }

  @Test
  void csvImportRunsInTheServerAndListsSkippedRows() throws Exception {
    String csv =
        "\uFEFFReference,FirstName,LastName,Email,EmailVerified,EndDate\r\n"
            + "C1,Cat,One,c1@x.ac.uk,yes,\r\n"
            + "C2,,Two,,,\r\n"
            + "C3,\"Quote \"\"Q\"\"\",Three,c3@x.ac.uk,no,2020-01-01\r\n"
            + "C4,Dee,Four,,,2019-13-01\r\n";
    Api.Reply started = admin.post(learners + "/import", "text/csv; charset=UTF-8", csv);
    assertEquals(202, started.status(), started.body());
    assertEquals(
        Deployments.baseUrl()
            + "/api/v1/jobs/executions/"
            + started.json().getJsonNumber("executionId"),
        started.location());
    long id = started.json().getJsonNumber("executionId").longValue();

    JsonObject done = admin.awaitJob(id);
    assertEquals("COMPLETED", done.getString("batchStatus"));
    assertEquals("learner-import", done.getString("jobName"));
    JsonObject step = importStep(done);
    assertEquals(4, step.getInt("readCount"));
    assertEquals(2, step.getInt("writeCount"));
    assertEquals(2, step.getInt("skipCount"));

    JsonObject skipped = tutor.get("/api/v1/jobs/executions/" + id + "/skipped").json();
    assertEquals(2, skipped.getInt("total"));
    JsonObject first = skipped.getJsonArray("items").getJsonObject(0);
    assertEquals(3, first.getInt("row"));
    assertEquals("C2", first.getString("reference"));
    assertEquals("firstName is required", first.getString("reason"));
    assertEquals(5, skipped.getJsonArray("items").getJsonObject(1).getInt("row"));

    assertEquals("Quote \"Q\"", admin.get(learners + "/C3").json().getString("firstName"));
    assertTrue(admin.get(learners + "/C1").json().getBoolean("emailVerified"));
  }

  @Test
  void jsonImportAndUploadErrors() throws Exception {
    Api.Reply started =
        admin.post(
            learners + "/import",
            "application/json",
            "[{\"reference\":\"J1\",\"firstName\":\"Jo\",\"lastName\":\"Ng\",\"kind\":\"APPLICANT\"}]");
    assertEquals(202, started.status(), started.body());
    assertEquals(
        "COMPLETED",
        admin
            .awaitJob(started.json().getJsonNumber("executionId").longValue())
            .getString("batchStatus"));
    assertEquals("APPLICANT", admin.get(learners + "/J1").json().getString("kind"));

    Api.Reply badHeader =
        admin.post(learners + "/import", "text/csv", "reference,firstName,shoeSize\n");
    assertEquals(400, badHeader.status());
    assertTrue(badHeader.json().getJsonObject("fields").getString("header").contains("shoeSize"));

    Api.Reply notArray =
        admin.post(learners + "/import", "application/json", "{\"reference\":\"x\"}");
    assertEquals(400, notArray.status());
    assertTrue(notArray.json().getJsonObject("fields").containsKey("body"));

    assertEquals(415, admin.post(learners + "/import", "text/plain", "x").status());
    assertEquals(
        404,
        admin
            .post(
                "/api/v1/centres/NO" + centre + "/learners/import",
                "text/csv",
                "reference,firstName,lastName\n")
            .status());
    assertEquals(404, admin.get("/api/v1/jobs/executions/987654321").status());
  }

  @Test
  void windowsEncodedCsvKeepsItsAccentsAndBadBytesAreRefused() throws Exception {
    byte[] cp1252 =
        "reference,firstName,lastName\nW1,Jos\u00e9,O\u2019Brien\n".getBytes("windows-1252");
    Api.Reply started =
        admin.postBytes(learners + "/import", "text/csv; charset=windows-1252", cp1252);
    assertEquals(202, started.status(), started.body());
    assertEquals(
        "COMPLETED",
        admin
            .awaitJob(started.json().getJsonNumber("executionId").longValue())
            .getString("batchStatus"));
    JsonObject w1 = admin.get(learners + "/W1").json();
    assertEquals("Jos\u00e9", w1.getString("firstName"));
    assertEquals("O\u2019Brien", w1.getString("lastName"));

    Api.Reply notUtf8 = admin.postBytes(learners + "/import", "text/csv", cp1252);
    assertEquals(400, notUtf8.status());
    assertTrue(
        notUtf8.json().getJsonObject("fields").getString("charset").contains("windows-1252"));
  }

  @Test
  void unauthenticatedCallsGet401() {
    Api.Reply none = Api.anonymous().get("/api/v1/centres");
    assertEquals(401, none.status());
    assertTrue(none.json().getString("error").startsWith("authentication required"), none.body());
    Api.Reply wrong = Api.as("admin", "not-the-password").get("/api/v1/centres");
    assertEquals(401, wrong.status());
    assertEquals(
        401,
        Api.anonymous().put(learners + "/X1", "{\"firstName\":\"a\",\"lastName\":\"b\"}").status());
  }

  @Test
  void signInsPostedFromOtherSitesAreRefused() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.baseUrl() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "https://evil.example")
            .timeout(java.time.Duration.ofSeconds(30))
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString("username=admin&password=admin"))
            .build();
    var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, response.statusCode());
    assertTrue(
        response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?failed=1"));
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session was made");
  }

  /**
   * On a shared college PC the next person signs in over the last one's session: the sign-in must
   * end that session (its cookie no longer signs anyone in) and answer with a new id, so a session
   * id known before signing in (fixation) is worth nothing after.
   */
  @Test
  void signingInEndsTheSessionItCameWithAndSigningOutEndsItsOwn() {
    String tutorSession = Probe.signIn("tutor", "tutor");
    assertEquals(200, sessionAsks(tutorSession), "the tutor's session signs them in");

    Probe.Answer again =
        Probe.request("POST")
            .header("Cookie", tutorSession)
            .form("username=admin&password=admin")
            .send("/login");
    assertEquals(302, again.status(), again.toString());
    String adminSession = again.sessionCookie();
    assertNotEquals(sessionId(tutorSession), sessionId(adminSession), "a new session id");
    assertEquals(401, sessionAsks(tutorSession), "the session signed in over is ended");
    assertEquals(200, sessionAsks(adminSession));

    Probe.Answer out = Probe.request("POST").header("Cookie", adminSession).send("/logout");
    assertEquals(302, out.status(), out.toString());
    assertEquals(401, sessionAsks(adminSession), "signing out ends the session");
  }

  /** The status of a call to the API made with only this session cookie. */
  private static int sessionAsks(String cookie) {
    return Probe.request("GET").header("Cookie", cookie).send("/api/v1/centres").status();
  }

  /** The session's id without Liberty's clone suffix, which stays the same on one server. */
  private static String sessionId(String cookie) {
    String value = cookie.substring(cookie.indexOf('=') + 1);
    return value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
  }

  @Test
  void tutorsReadButChangeNothing() {
    assertEquals(
        201, admin.put(learners + "/T1", "{\"firstName\":\"Tia\",\"lastName\":\"Kept\"}").status());

    assertEquals(200, tutor.get(learners + "/T1").status());
    Api.Reply put =
        tutor.put(learners + "/T1", "{\"firstName\":\"Changed\",\"lastName\":\"Kept\"}");
    assertEquals(403, put.status());
    assertTrue(put.json().containsKey("error"));
    assertEquals(403, tutor.delete(learners + "/T1").status());
    assertEquals(403, tutor.put("/api/v1/centres/" + centre, "{\"name\":\"Taken over\"}").status());
    assertEquals(
        403,
        tutor
            .post(learners + "/import", "text/csv", "reference,firstName,lastName\nT2,a,b\n")
            .status());

    JsonObject t1 = admin.get(learners + "/T1").json();
    assertEquals("Tia", t1.getString("firstName"));
    assertEquals("LIVE", t1.getString("systemStatus"));
    assertEquals("Import College", admin.get("/api/v1/centres/" + centre).json().getString("name"));
    assertEquals(404, admin.get(learners + "/T2").status());
  }

  /** The import step's counts; the job's first and last steps check and clean up. */
  static JsonObject importStep(JsonObject execution) {
    return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("name").equals("import"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no import step in " + execution));
  }
}
