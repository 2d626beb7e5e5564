package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A job that failed while bksb was down is restarted through our API once bksb is back. */
@ExtendWith(ArquillianExtension.class)
class JobRestartIT {
  private final Api manager = Api.as("manager");
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private long start(String job, String body) {
    Api.Reply r = manager.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, r.status(), r.body());
    return r.json().getJsonNumber("executionId").longValue();
  }

  @Test
  void aFailedJobRestartsWithItsParametersOnceBksbIsBack() throws Exception {
    // Learners flagged with bksb user names, linked first: the results job then has learners to
    // call bksb for (a centre of its own: DemoIT expects DEMO unlinked).
    String centre = manager.centreOnTheSandbox("J", "");
    JsonObject users =
        Api.as("sandbox-key", "sandbox-secret")
            .get("/bksb-sandbox/api/users/search?page=1&recordsPerPage=3")
            .json();
    int n = 0;
    for (JsonObject u : users.getJsonArray("Users").getValuesAs(JsonObject.class)) {
      Api.Reply made =
          manager.put(
              "/api/v1/centres/" + centre + "/learners/R" + n++,
              "{\"firstName\":\"R\",\"lastName\":\"S\",\"startDate\":\"2025-09-01\","
                  + "\"bksbUser\":true,\"bksbUsername\":"
                  + jakarta.json.Json.createValue(u.getString("Username"))
                  + "}");
      assertEquals(201, made.status(), made.body());
    }
    assertEquals(
        "COMPLETED", manager.awaitJob(start("bksb-get-users", "{}")).getString("batchStatus"));
    String demo = "{\"centreId\":\"" + centre + "\",\"partitions\":\"2\"}";
    JsonObject match =
        manager.awaitJob(start("bksb-match-users", "{\"centreId\":\"" + centre + "\"}"));
    assertEquals(
        3, match.getJsonArray("steps").getJsonObject(0).getInt("writeCount"), match.toString());
    assertEquals(
        200,
        admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":1,\"errorStatus\":503}").status());
    JsonObject failed;
    JsonObject usersDuringOutage;
    try {
      // Listing users: the unreachable account is recorded, and the job goes on to its end.
      usersDuringOutage = manager.awaitJob(start("bksb-get-users", "{}"));
      failed = manager.awaitJob(start("bksb-get-assessments", demo));
    } finally {
      admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":0}");
    }
    assertEquals("COMPLETED", usersDuringOutage.getString("batchStatus"));
    assertTrue(
        usersDuringOutage.getString("exitStatus").startsWith("COMPLETED_WITH_FAILED_ACCOUNTS"),
        usersDuringOutage.toString());
    assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
    long failedId = failed.getJsonNumber("executionId").longValue();

    assertEquals(
        403,
        Api.as("tutor")
            .post("/api/v1/jobs/executions/" + failedId + "/restart", "application/json", "")
            .status());
    Api.Reply restarted =
        manager.post("/api/v1/jobs/executions/" + failedId + "/restart", "application/json", "");
    assertEquals(202, restarted.status(), restarted.body());
    long again = restarted.json().getJsonNumber("executionId").longValue();
    JsonObject done = manager.awaitJob(again);
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    assertEquals(failed.getJsonNumber("instanceId"), done.getJsonNumber("instanceId"));

    Api.Reply twice =
        manager.post("/api/v1/jobs/executions/" + failedId + "/restart", "application/json", "");
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.json().getString("error").contains("latest"), twice.body());
    Api.Reply complete =
        manager.post("/api/v1/jobs/executions/" + again + "/restart", "application/json", "");
    assertEquals(409, complete.status(), complete.body());
  }
}
