package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** bksb-get-users started over REST inside Liberty, against the in-server sandbox. */
@ExtendWith(ArquillianExtension.class)
class GetUsersIT {
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void getUsersRunsAgainstTheSandbox() throws Exception {
    manager.centreOnTheSandbox("G", "");

    Api.Reply started = manager.post("/api/v1/jobs/bksb-get-users", "application/json", "{}");
    assertEquals(202, started.status(), started.body());
    JsonObject done = manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    JsonObject users = done.getJsonArray("steps").getJsonObject(0);
    assertEquals("users", users.getString("name"));
    assertTrue(users.getInt("readCount") >= 300, users.toString());
    assertEquals(users.getInt("readCount"), users.getInt("writeCount"));

    Api.Reply unknown = manager.post("/api/v1/jobs/no-such-job", "application/json", "{}");
    assertEquals(400, unknown.status());
    assertTrue(
        unknown.json().getJsonObject("fields").getString("jobName").contains("bksb-get-users"));
    assertEquals(
        403,
        Api.as("tutor").post("/api/v1/jobs/bksb-get-users", "application/json", "{}").status());
  }
}
