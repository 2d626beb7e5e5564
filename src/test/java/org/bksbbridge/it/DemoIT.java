package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dev server's DEMO centre end to end: Get BKSB Users, then Match BKSB Users, links the demo
 * learners whose verified emails match, and the report lists the rest with reasons.
 */
@ExtendWith(ArquillianExtension.class)
class DemoIT {
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private JsonObject run(String job, String body) throws InterruptedException {
    Api.Reply started = manager.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, started.status(), started.body());
    return manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
  }

  @Test
  void theDemoCentreShowsTheWholeFlow() throws Exception {
    JsonObject demo = manager.get("/api/v1/centres/DEMO").json();
    assertTrue(demo.getBoolean("bksbLicensed"));
    assertTrue(manager.get("/api/v1/centres/DEMO/learners?size=1").json().getInt("total") >= 200);

    assertEquals("COMPLETED", run("bksb-get-users", "{}").getString("batchStatus"));
    JsonObject match = run("bksb-match-users", "{\"centreId\":\"DEMO\"}");
    assertEquals("COMPLETED", match.getString("batchStatus"), match.toString());
    // Other page tests may have synchronised DEMO before this one: count the links, not this run's.
    long linked =
        manager
            .get("/api/v1/centres/DEMO/learners?size=500")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getJsonObject("bksb").getBoolean("linked"))
            .count();
    assertTrue(linked > 150, "most demo learners match: " + linked + " linked, " + match);

    JsonObject first = manager.get("/api/v1/centres/DEMO/learners/D0001").json();
    assertEquals("EMAIL", first.getJsonObject("bksb").getString("matchMethod"));
    JsonObject flagged = manager.get("/api/v1/centres/DEMO/learners/D0013").json();
    assertEquals("USERNAME", flagged.getJsonObject("bksb").getString("matchMethod"));

    JsonObject report = manager.get("/api/v1/centres/DEMO/reports/bksb-unmatched").json();
    Set<String> reasons =
        report.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("reasonCode"))
            .collect(Collectors.toSet());
    assertTrue(
        reasons.containsAll(Set.of("EMAIL_NOT_VERIFIED", "AMBIGUOUS", "NO_BKSB_USER_WITH_EMAIL")),
        reasons.toString());
    Set<String> unmatched =
        report.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("reference"))
            .collect(Collectors.toSet());
    assertTrue(!unmatched.contains("D0022"), "ended two years ago: not eligible, not listed");
    JsonObject tagged =
        report.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("reference").equals("D0019"))
            .findFirst()
            .orElseThrow();
    assertEquals("NO_BKSB_USER_WITH_EMAIL", tagged.getString("reasonCode"));
    assertEquals(19, tagged.getJsonArray("suggestions").getJsonObject(0).getInt("bksbUserId"));

    JsonObject results = run("bksb-get-assessments", "{\"centreId\":\"DEMO\"}");
    assertEquals("COMPLETED", results.getString("batchStatus"), results.toString());
    JsonObject counters = results.getJsonObject("counters");
    assertEquals(counters.getInt("learnersTotal"), counters.getInt("learners"), results.toString());
    assertTrue(counters.getInt("learnersTotal") > 150, results.toString());
    assertTrue(
        manager
            .get("/api/v1/centres/DEMO/learners/D0001/bksb/results")
            .structure()
            .toString()
            .contains("sessionId"),
        "D0001's results are held");
    JsonObject d1 = manager.get("/api/v1/centres/DEMO/learners/D0001").json();
    assertTrue(
        d1.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(t -> t.getString().equals("bksb English")),
        d1.toString());

    JsonObject again = run("bksb-get-assessments", "{\"centreId\":\"DEMO\"}");
    JsonObject second = again.getJsonObject("counters");
    assertEquals(0, second.getInt("newResults"), again.toString());
    assertEquals(
        2 * second.getInt("learners"),
        second.getInt("calls"),
        "a second run reads one page of initial and one of diagnostic results per learner");

    // Readiness tells admins how DEMO's bksb account (the sandbox) answered those calls, as
    // information (anyone's /health/ready shows the status only).
    Api.Reply ready = Api.as("admin").get("/api/v1/health");
    assertEquals(200, ready.status(), ready.body());
    JsonObject bksb =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("bksb"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(ready.body()));
    assertEquals("UP", bksb.getString("status"));
    assertTrue(
        bksb.getJsonObject("data").getString("DEMO").startsWith("REACHABLE: answered "),
        bksb.toString());
    assertFalse(ready.body().contains("sandbox-secret"), ready.body());
    assertFalse(ready.body().contains("bksb-sandbox"), "no API URL: " + ready.body());
  }
}
