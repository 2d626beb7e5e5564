package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bksb sandbox inside Liberty: bksb's Basic auth, the admin API, and off means 404. */
@ExtendWith(ArquillianExtension.class)
class SandboxIT {
  private final Api bksbKey = Api.as("sandbox-key", "sandbox-secret");
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void servesTheApiWithBksbCredentials() {
    Api.Reply users = bksbKey.get("/bksb-sandbox/api/users/search?page=1&recordsPerPage=5");
    assertEquals(200, users.status(), users.body());
    JsonObject page = users.json();
    assertEquals(5, page.getJsonArray("Users").size());
    assertTrue(page.getJsonObject("Pagination").getInt("TotalRecords") >= 5);
    assertEquals(
        401, Api.as("sandbox-key", "wrong").get("/bksb-sandbox/api/users/search").status());
    assertEquals(401, Api.anonymous().get("/bksb-sandbox/api/users/search").status());
    // bksb's keys are not users of this server.
    assertEquals(401, bksbKey.get("/api/v1/centres").status());
  }

  @Test
  void adminApiSetsTheSandboxUp() {
    assertEquals(
        403, Api.as("tutor").post("/bksb-sandbox/admin/reset", "application/json", "").status());
    assertEquals(401, bksbKey.post("/bksb-sandbox/admin/reset", "application/json", "").status());
    assertEquals(204, admin.post("/bksb-sandbox/admin/reset", "application/json", "").status());

    Api.Reply user =
        admin.put(
            "/bksb-sandbox/admin/users/900001",
            "{\"username\":\"it.user\",\"email\":\"it@example.ac.uk\",\"firstName\":\"It\","
                + "\"lastName\":\"User\",\"dateOfBirth\":\"2001-01-01\"}");
    assertEquals(200, user.status(), user.body());
    Api.Reply result =
        admin.put(
            "/bksb-sandbox/admin/users/900001/results/77",
            "{\"type\":\"INITIAL\",\"subject\":\"ENGLISH\",\"result\":\"English Level 1\","
                + "\"completed\":\"2026-11-20T10:15:00\"}");
    assertEquals(200, result.status(), result.body());
    Api.Reply bad =
        admin.put(
            "/bksb-sandbox/admin/users/900001/results/78",
            "{\"type\":\"FINAL\",\"completed\":\"soon\"}");
    assertEquals(400, bad.status());
    JsonObject fields = bad.json().getJsonObject("fields");
    assertTrue(
        fields.containsKey("type")
            && fields.containsKey("completed")
            && fields.containsKey("result"));

    assertEquals(
        "900001", bksbKey.get("/bksb-sandbox/api/users/user/getUserId?username=it.user").body());
    JsonObject results =
        bksbKey
            .get("/bksb-sandbox/api/results/initialAssessment/900001/all?page=1&recordsPerPage=20")
            .json();
    assertEquals(
        "English Level 1",
        results.getJsonArray("InitialAssessmentResults").getJsonObject(0).getString("Result"));
    assertEquals(
        "2026-11-20T10:15:00",
        results.getJsonArray("InitialAssessmentResults").getJsonObject(0).getString("ResultDate"));

    JsonObject stats = admin.get("/bksb-sandbox/admin/stats").json();
    assertEquals(1, stats.getJsonObject("GET api/users/user/getUserId").getInt("200"));
    assertEquals(
        200,
        admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":1,\"errorStatus\":502}").status());
    assertEquals(502, bksbKey.get("/bksb-sandbox/api/users/search").status());
    assertEquals(204, admin.post("/bksb-sandbox/admin/reset", "application/json", "").status());
    assertEquals(200, bksbKey.get("/bksb-sandbox/api/users/search").status());
  }

  @Test
  void switchedOffItAnswers404() throws Exception {
    Path dropin = Deployments.serverDir().resolve("configDropins/overrides/zz-sandbox-off.xml");
    Files.writeString(
        dropin, "<server><variable name=\"bksb.sandbox.enabled\" value=\"false\"/></server>");
    try {
      awaitStatus(404);
    } finally {
      Files.delete(dropin);
    }
    awaitStatus(200);
  }

  private void awaitStatus(int status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int last = 0;
    while (System.nanoTime() < deadline) {
      last = bksbKey.get("/bksb-sandbox/api/users/search").status();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the sandbox still answers " + last + ", expected " + status);
  }
}
