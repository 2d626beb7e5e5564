package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A centre whose bksb access key bksb refuses (its own key id, so no other centre shares the
 * account), in the server: a manual link that has to ask bksb answers our refusal naming the
 * account problem (it was a 500), and the sync jobs that call bksb for it end COMPLETED, naming the
 * account in the exit status the console also shows and listing it among the skipped records (the
 * match step failed the whole nightly so).
 */
@ExtendWith(ArquillianExtension.class)
class HostileRefusedKeysIT {
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aRefusedKeyIsTheCentresProblemNeverAServerError() throws Exception {
    String centre = "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        admin
            .put("/api/v1/centres/" + centre, "{\"name\":\"Refused\",\"bksbLicensed\":true}")
            .status());
    String settings = "/api/v1/centres/" + centre + "/bksb/settings";
    Api.Reply saved =
        admin.put(
            settings,
            "{\"enabled\":true,\"apiUrl\":\""
                + Deployments.baseUrl()
                + "/bksb-sandbox/\",\"accessKeyId\":\"revoked-key\","
                + "\"secretAccessKey\":\"revoked-secret\",\"databridgeAcknowledged\":true}");
    assertEquals(200, saved.status(), saved.body());
    try {
      String learner = "/api/v1/centres/" + centre + "/learners/K1";
      assertEquals(
          201,
          manager
              .put(
                  learner,
                  "{\"firstName\":\"Kay\",\"lastName\":\"Refused\","
                      + "\"bksbUser\":true,\"bksbUsername\":\"nobody.listed\"}")
              .status());

      Api.Reply link = manager.put(learner + "/bksb/link", "{\"bksbUsername\":\"nobody.listed\"}");
      assertEquals(502, link.status(), link.body());
      assertTrue(
          link.json()
              .getString("error")
              .startsWith("bksb refused the access key of centre " + centre),
          link.body());

      // (The nightly's steps are the same artifacts: FailedAccountJobsTest runs it under SE.)
      for (String job : new String[] {"{\"centreId\":\"" + centre + "\"}|bksb-match-users"}) {
        String[] parts = job.split("\\|");
        JsonObject end = run(parts[1], parts[0]);
        long id = end.getJsonNumber("executionId").longValue();
        assertEquals("COMPLETED", end.getString("batchStatus"), end.toString());
        String exit = end.getString("exitStatus");
        assertTrue(exit.startsWith("COMPLETED_WITH_FAILED_ACCOUNTS bksb account"), exit);
        assertTrue(exit.contains("(" + centre + ")"), exit);
        JsonObject listed =
            manager
                .get("/api/v1/jobs/executions?job=" + parts[1] + "&centreId=" + centre)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(id, listed.getJsonNumber("executionId").longValue());
        assertEquals(exit, listed.getString("exitStatus"), "the console tells the same");
        JsonObject skipped = manager.get("/api/v1/jobs/executions/" + id + "/skipped").json();
        JsonObject account = skipped.getJsonArray("items").getJsonObject(0);
        assertTrue(account.getJsonNumber("row").longValue() < 0, skipped.toString());
        assertTrue(account.getString("reason").contains("401"), skipped.toString());
      }
    } finally {
      // Later tests run jobs for all centres: this one must not fail their accounts.
      admin.put(settings, "{\"enabled\":false}");
    }
  }

  private JsonObject run(String job, String body) throws InterruptedException {
    Api.Reply started = manager.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, started.status(), started.body());
    return manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
  }
}
