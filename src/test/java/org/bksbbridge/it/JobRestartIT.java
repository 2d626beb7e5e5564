package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sync jobs through an outage and a stop: while bksb is down the unreachable account fails alone
 * (named in the exit status) and the job completes; a job stopped through our API is restarted with
 * its parameters and finishes from its checkpoints.
 */
@ExtendWith(ArquillianExtension.class)
class JobRestartIT {
  private final Api manager = Api.as("manager");
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private long start(String job, String body) {
    return manager.startJob(job, body);
  }

  /** Pages past DEMO's users and AssessmentsIT's, so no other test finds results of them held. */
  private String centreWithLinkedLearners(int n, int page) throws InterruptedException {
    return manager.centreLinkedToSandboxUsers("J", page, n);
  }

  @Test
  void anOutageFailsTheAccountNotTheJob() throws Exception {
    String centre = centreWithLinkedLearners(3, 84);
    assertEquals(
        200,
        admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":1,\"errorStatus\":503}").status());
    JsonObject users;
    JsonObject results;
    try {
      users = manager.awaitJob(start("bksb-get-users", "{}"));
      results =
          manager.awaitJob(
              start(
                  "bksb-get-assessments",
                  "{\"centreId\":\"" + centre + "\",\"partitions\":\"1\"}"));
    } finally {
      admin.put("/bksb-sandbox/admin/faults", "{\"errorRate\":0}");
    }
    for (JsonObject done : new JsonObject[] {users, results}) {
      assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
      assertTrue(
          done.getString("exitStatus").startsWith("COMPLETED_WITH_FAILED_ACCOUNTS bksb account"),
          done.toString());
    }
    long id = results.getJsonNumber("executionId").longValue();
    JsonObject skipped = manager.get("/api/v1/jobs/executions/" + id + "/skipped").json();
    // Each of its three learners (the next run takes them up again), and the account.
    assertEquals(4, skipped.getInt("total"), skipped.toString());
    assertTrue(skipped.toString().contains("bksb account"), skipped.toString());
  }

  @Test
  void aStoppedJobRestartsWithItsParametersAndFinishes() throws Exception {
    String centre = centreWithLinkedLearners(30, 9);
    long first;
    JsonObject stopped;
    // The run's first bksb call waits at the sandbox's hold until the stop has arrived: the first
    // chunk (20 learners) is certainly still running then.
    try (SandboxHeld held = SandboxHeld.close(admin)) {
      first =
          start(
              "bksb-get-assessments",
              "{\"centreId\":\"" + centre + "\",\"partitions\":\"1\",\"full\":\"true\"}");
      held.awaitACall();
      assertEquals(
          403,
          Api.as("tutor")
              .post("/api/v1/jobs/executions/" + first + "/stop", "application/json", "")
              .status());
      Api.Reply stop =
          manager.post("/api/v1/jobs/executions/" + first + "/stop", "application/json", "");
      assertEquals(202, stop.status(), stop.body());
      held.open();
      stopped = manager.awaitJob(first);
    }
    assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
    // A stop may even land before the first chunk commits: then no learner is counted yet.
    JsonObject counted = stopped.getJsonObject("counters");
    long doneBefore =
        counted.containsKey("learners") ? counted.getJsonNumber("learners").longValue() : 0;
    assertTrue(doneBefore < 30, "stopped part way: " + stopped);
    assertEquals(
        409,
        manager.post("/api/v1/jobs/executions/" + first + "/stop", "application/json", "").status(),
        "not running any more");

    assertEquals(
        403,
        Api.as("tutor")
            .post("/api/v1/jobs/executions/" + first + "/restart", "application/json", "")
            .status());
    Api.Reply restarted =
        manager.post("/api/v1/jobs/executions/" + first + "/restart", "application/json", "");
    assertEquals(202, restarted.status(), restarted.body());
    long again = restarted.json().getJsonNumber("executionId").longValue();
    JsonObject done = manager.awaitJob(again);
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    assertEquals(stopped.getJsonNumber("instanceId"), done.getJsonNumber("instanceId"));
    assertEquals(
        30, done.getJsonObject("counters").getJsonNumber("learners").longValue(), done.toString());

    Api.Reply twice =
        manager.post("/api/v1/jobs/executions/" + first + "/restart", "application/json", "");
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.json().getString("error").contains("latest"), twice.body());
    Api.Reply complete =
        manager.post("/api/v1/jobs/executions/" + again + "/restart", "application/json", "");
    assertEquals(409, complete.status(), complete.body());
  }
}
