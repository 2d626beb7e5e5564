package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * bksb-create-users in Liberty, on a centre of its own on the sandbox: started from the jobs
 * console as a dry run (its list of what it would do, no createUser), refused without a centre or
 * the permission, then for real through the API: one account made and linked, the others skipped
 * with their reasons.
 */
@ExtendWith(ArquillianExtension.class)
class CreateUsersJobIT {
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private int createdCount() {
    return ((JsonArray) admin.get("/bksb-sandbox/admin/created").structure()).size();
  }

  private Map<String, String> skipped(long execution) {
    return manager
        .get("/api/v1/jobs/executions/" + execution + "/skipped")
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(i -> i.getString("reference"), i -> i.getString("reason")));
  }

  @Test
  void aDryRunFromTheConsoleThenTheRealRun() throws Exception {
    Api.listBksbUsers();
    String centre =
        admin.centreOnTheSandbox(
            "CJ", "\"defaultPassword\":\"Job-Pass-123\",\"autoEnrolCourses\":false");
    String tag = centre.toLowerCase();
    String learners = "/api/v1/centres/" + centre + "/learners/";
    assertEquals(
        201,
        manager
            .put(
                learners + "J1",
                "{\"firstName\":\"Jo\",\"lastName\":\"Bulk\",\"email\":\""
                    + tag
                    + ".j1@learners.example.ac.uk\"}")
            .status());
    assertEquals(
        201, manager.put(learners + "J2", "{\"firstName\":\"No\",\"lastName\":\"Mail\"}").status());
    assertEquals(
        201,
        manager
            .put(
                learners + "J3",
                "{\"firstName\":\"Has\",\"lastName\":\"One\",\"email\":\""
                    + tag
                    + ".j3@learners.example.ac.uk\",\"bksbUser\":true}")
            .status());

    Api.Reply noCentre =
        manager.post("/api/v1/jobs/bksb-create-users", "application/json", "{\"dryRun\":\"true\"}");
    assertEquals(400, noCentre.status(), noCentre.body());
    assertTrue(noCentre.json().getJsonObject("fields").containsKey("centreId"));
    String forCentre = "{\"centreId\":\"" + centre + "\",\"dryRun\":\"true\"}";
    assertEquals(
        403,
        Api.as("tutor")
            .post("/api/v1/jobs/bksb-create-users", "application/json", forCentre)
            .status());
    assertEquals(
        404,
        Api.as("manager.north")
            .post("/api/v1/jobs/bksb-create-users", "application/json", forCentre)
            .status());

    int before = createdCount();
    long dry;
    try (SignedInBrowser b = SignedInBrowser.open("manager", "/jobs.xhtml")) {
      new Select(b.driver.findElement(By.id("start:job"))).selectByValue("bksb-create-users");
      new Select(b.driver.findElement(By.id("start:centre"))).selectByValue(centre);
      b.driver.findElement(By.id("start:dryRun")).click();
      b.driver.findElement(By.id("start:go")).click();
      dry =
          b.wait.until(
              d ->
                  d.getCurrentUrl().matches(".*[?&]run=\\d+.*")
                      ? Long.parseLong(d.getCurrentUrl().replaceAll(".*[?&]run=(\\d+).*", "$1"))
                      : null);
      JsonObject done = manager.awaitJob(dry);
      assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
      assertEquals(
          "DRY_RUN would create 1, skip 2 (nothing was sent to bksb)",
          done.getString("exitStatus"));
      b.driver.navigate().refresh();
      b.wait.until(d -> !d.findElements(By.id("detail:skippedRows")).isEmpty());
      String rows = b.text("detail:skippedRows");
      assertTrue(
          rows.contains(
              "dry run, would create: jo.bulk.j1 for " + tag + ".j1@learners.example.ac.uk"),
          rows);
      assertTrue(rows.contains("skipped: no email"), rows);
      Browser.checkAccessible(b.driver, "jobs-create-users-dry-run");
    }
    assertEquals(before, createdCount(), "the dry run called no createUser");
    assertEquals(
        "skipped: flagged as having a bksb account: link them instead", skipped(dry).get("J3"));

    Api.Reply started =
        manager.post(
            "/api/v1/jobs/bksb-create-users",
            "application/json",
            "{\"centreId\":\"" + centre + "\"}");
    assertEquals(202, started.status(), started.body());
    JsonObject real = manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", real.getString("batchStatus"), real.toString());
    assertEquals("CREATED 1, SKIPPED 2, FAILED 0", real.getString("exitStatus"));
    assertEquals(1L, real.getJsonObject("counters").getJsonNumber("accountsCreated").longValue());
    assertEquals(before + 1, createdCount());
    JsonObject link = manager.get(learners + "J1").json().getJsonObject("bksb");
    assertEquals("CREATED", link.getString("matchMethod"));
    assertEquals("jo.bulk.j1", link.getString("bksbUsername"));
    assertEquals(
        List.of("J2", "J3"),
        skipped(real.getJsonNumber("executionId").longValue()).keySet().stream().sorted().toList());
  }
}
