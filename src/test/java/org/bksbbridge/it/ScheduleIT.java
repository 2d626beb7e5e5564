package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schedule inside Liberty: only admins change it, bad values name their field, and a run falls
 * due, is claimed once and starts bksb-nightly as the schedule's own user.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anIncrementalRunFiresOnceAndRunsTheNightlyJob() throws Exception {
    Api.Reply shown = manager.get("/api/v1/schedule");
    assertEquals(200, shown.status(), shown.body());
    assertEquals(403, manager.put("/api/v1/schedule", "{\"incrementalMinutes\":\"1\"}").status());
    assertEquals(403, Api.as("tutor").get("/api/v1/schedule").status());
    Api.Reply bad = admin.put("/api/v1/schedule", "{\"nightlyAt\":\"25:99\"}");
    assertEquals(400, bad.status());
    assertTrue(bad.json().getJsonObject("fields").containsKey("nightlyAt"), bad.body());
    Api.Reply badMinutes = admin.put("/api/v1/schedule", "{\"incrementalMinutes\":\"-5\"}");
    assertEquals(400, badMinutes.status());
    assertTrue(badMinutes.json().getJsonObject("fields").containsKey("incrementalMinutes"));

    Api.Reply on = admin.put("/api/v1/schedule", "{\"incrementalMinutes\":\"1\"}");
    assertEquals(200, on.status(), on.body());
    assertEquals(1, on.json().getInt("incrementalMinutes"));
    try {
      JsonObject run = awaitRun();
      assertTrue(run.getString("slot").startsWith("incremental@"), run.toString());
      assertTrue(run.getString("outcome").contains("bksb-scheduler"), run.toString());
      JsonObject done = manager.awaitJob(run.getJsonNumber("executionId").longValue());
      assertEquals("bksb-nightly", done.getString("jobName"));
      assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
      List<String> stepNames =
          done.getJsonArray("steps").stream()
              .map(s -> s.asJsonObject().getString("name"))
              .collect(Collectors.toList());
      assertEquals(
          List.of("plan", "match", "assessments"), stepNames, "incremental: no user fetch");
    } finally {
      assertEquals(200, admin.put("/api/v1/schedule", "{\"incrementalMinutes\":\"0\"}").status());
    }
  }

  /** The first scheduled run that started a job; one server ticks, so one claim per minute. */
  private JsonObject awaitRun() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
    while (System.nanoTime() < deadline) {
      for (var r : manager.get("/api/v1/schedule").json().getJsonArray("recentRuns")) {
        JsonObject run = r.asJsonObject();
        // JSON-B leaves null fields out: a run that started nothing has no executionId.
        if (run.containsKey("executionId")) {
          return run;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "no scheduled run in 100 s: " + manager.get("/api/v1/schedule").body());
  }
}
