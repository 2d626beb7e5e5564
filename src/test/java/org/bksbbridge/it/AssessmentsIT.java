package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Results over REST inside Liberty: refresh one learner, read results, the job, tags. */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void refreshOneLearnerThenTheJobForTheCentre() throws Exception {
    // Diagnostics on, and an English tag for a first English initial result.
    String centre =
        manager.centreOnTheSandbox(
            "R",
            "\"downloadDiagnosticResults\":true,"
                + "\"learnerTags\":{\"ENGLISH\":[\"eng-ia\"],\"MATHS\":[],\"ICT\":[]}");
    JsonObject users =
        manager.awaitJob(
            manager
                .post("/api/v1/jobs/bksb-get-users", "application/json", "{}")
                .json()
                .getJsonNumber("executionId")
                .longValue());
    assertEquals("COMPLETED", users.getString("batchStatus"), users.toString());

    String learner = "/api/v1/centres/" + centre + "/learners/RES-1";
    assertEquals(
        201, manager.put(learner, "{\"firstName\":\"Res\",\"lastName\":\"Ults\"}").status());
    assertEquals(
        409,
        manager.post(learner + "/bksb/results/refresh", "application/json", "").status(),
        "not linked yet");
    assertEquals(200, manager.put(learner + "/bksb/link", "{\"bksbUserId\":\"12\"}").status());
    // The link by hand is in the centre's audit trail: who, which learner, which bksb user.
    JsonObject linked =
        Api.as("admin")
            .get("/api/v1/centres/" + centre + "/audit?action=LEARNER_LINKED")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("manager", linked.getString("actor"), linked.toString());
    assertEquals("RES-1", linked.getString("reference"), linked.toString());
    assertEquals("12", linked.getString("newValue"), linked.toString());
    assertEquals("api", linked.getString("via"), linked.toString());

    assertEquals(
        404,
        Api.as("manager.north")
            .post(learner + "/bksb/results/refresh", "application/json", "")
            .status(),
        "another centre's manager");
    Api.Reply first = manager.post(learner + "/bksb/results/refresh", "application/json", "");
    assertEquals(200, first.status(), first.body());
    assertEquals(6, first.json().getInt("new"), "three initial and three diagnostic results");
    assertEquals(0, first.json().getInt("updated"));

    long[] millis = new long[20];
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      Api.Reply again = manager.post(learner + "/bksb/results/refresh", "application/json", "");
      millis[i] = (System.nanoTime() - t) / 1_000_000;
      assertEquals(0, again.json().getInt("new"), again.body());
    }
    Arrays.sort(millis);
    System.out.println(
        "IT refresh of an unchanged learner: p50 " + millis[9] + " ms, p95 " + millis[18] + " ms");

    Api.Reply list = Api.as("tutor").get(learner + "/bksb/results");
    assertEquals(200, list.status(), list.body());
    JsonArray results = list.structure().asJsonArray();
    assertEquals(6, results.size());
    String newest = results.getJsonObject(0).getString("completedAt");
    for (int i = 1; i < results.size(); i++) {
      assertTrue(
          newest.compareTo(results.getJsonObject(i).getString("completedAt")) >= 0,
          "newest first: " + results);
    }
    boolean topics =
        results.stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("type").equals("DIAGNOSTIC"))
            .allMatch(r -> !r.getJsonArray("topics").isEmpty());
    assertTrue(topics, "each diagnostic carries its topics: " + results);

    JsonObject shown = manager.get(learner).json();
    assertEquals("eng-ia", shown.getJsonArray("tags").getString(0), shown.toString());
    assertFalse(shown.getJsonObject("bksb").isNull("resultsCheckedAt"), shown.toString());

    String report = "/api/v1/centres/" + centre + "/reports/bksb-results";
    JsonObject cohort = manager.get(report).json();
    assertEquals(3, cohort.getJsonArray("rows").size(), "latest initial level in three subjects");
    assertEquals(1, manager.get(report + "?subject=ENGLISH").json().getJsonArray("rows").size());
    Api.Reply badLevel = manager.get(report + "?level=Level+9");
    assertEquals(400, badLevel.status());
    assertTrue(badLevel.json().getJsonObject("fields").containsKey("level"), badLevel.body());
    Api.Reply csv = manager.send("GET", report, null, null, "text/csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("reference,firstName,lastName"), csv.body());
    assertEquals(4, csv.body().split("\r\n").length, csv.body());
    assertEquals(403, Api.as("tutor").get(report).status());

    String metrics =
        new String(
            Tls.get("/metrics?scope=application", "admin:admin").getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        metrics.contains(
            "bksb_calls_total{endpoint=\"GET api/results/initialAssessment/{id}/all\","),
        metrics);
    assertTrue(metrics.contains("bksb_results_total{kind=\"new\""), metrics);

    Api.Reply badParams =
        manager.post(
            "/api/v1/jobs/bksb-get-assessments", "application/json", "{\"partitions\":\"0\"}");
    assertEquals(400, badParams.status());
    assertTrue(badParams.json().getJsonObject("fields").containsKey("partitions"));

    Api.Reply started =
        manager.post(
            "/api/v1/jobs/bksb-get-assessments",
            "application/json",
            "{\"centreId\":\"" + centre + "\",\"partitions\":\"2\",\"full\":\"true\"}");
    assertEquals(202, started.status(), started.body());
    JsonObject done = manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    JsonObject counters = done.getJsonObject("counters");
    assertEquals(1, counters.getInt("learnersTotal"), done.toString());
    assertEquals(1, counters.getInt("learners"), done.toString());
    assertEquals(0, counters.getInt("newResults"), "all held already: " + done);

    assertEquals(204, manager.delete(learner + "/bksb/link").status());
    JsonObject unlinked =
        Api.as("admin")
            .get("/api/v1/centres/" + centre + "/audit?action=LEARNER_UNLINKED")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("12", unlinked.getString("oldValue"), unlinked.toString());
    assertEquals(
        403,
        manager.get("/api/v1/centres/" + centre + "/audit").status(),
        "a manager holds no Manage BKSB Data Protection by default");
  }
}
