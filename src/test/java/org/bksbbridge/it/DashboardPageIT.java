package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page's centres dashboard: DEMO's figures for a manager, as the API counts them, with the
 * sync runs just made; NORTH alone for NORTH's manager.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardPageIT {
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private long start(String job, String body) throws InterruptedException {
    Api.Reply r = admin.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, r.status(), r.body());
    long id = r.json().getJsonNumber("executionId").longValue();
    JsonObject done = admin.awaitJob(id);
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    return id;
  }

  private static String figure(WebElement centre, String name) {
    return centre.findElement(By.className(name)).getText();
  }

  private static long eligible(Api as, String centre) {
    return as.get("/api/v1/centres/" + centre + "/learners?eligible=true&size=1")
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void aManagerSeesDemosFiguresAndItsLastRuns() throws Exception {
    start("bksb-get-users", "{}");
    start("bksb-match-users", "{\"centreId\":\"DEMO\"}");
    // The default partitions, starting together on Liberty's job tables (on Derby too: jvm.options,
    // db-derby.xml).
    start("bksb-get-assessments", "{\"centreId\":\"DEMO\"}");
    Api manager = Api.as("manager");
    long eligible = eligible(manager, "DEMO");
    long unmatched =
        manager
            .get("/api/v1/centres/DEMO/reports/bksb-unmatched")
            .json()
            .getJsonArray("learners")
            .size();
    assertTrue(eligible > unmatched && unmatched > 0, eligible + " / " + unmatched);

    try (SignedInBrowser b = SignedInBrowser.open("manager", "/index.xhtml")) {
      b.wait.until(d -> !d.findElements(By.id("centres")).isEmpty());
      Browser.checkAccessible(b.driver, "dashboard-manager");
      WebElement demo = b.driver.findElement(By.cssSelector("section[data-centre='DEMO']"));
      assertEquals("licensed", figure(demo, "licence"));
      assertEquals("enabled", figure(demo, "integration"));
      assertEquals(String.valueOf(eligible), figure(demo, "eligible"));
      assertEquals(String.valueOf(unmatched), figure(demo, "unmatched"));
      assertEquals(String.valueOf(eligible - unmatched), figure(demo, "linked"));
      assertTrue(Long.parseLong(figure(demo, "recent-results")) > 0, "results were imported");
      assertFalse(figure(demo, "results-as-of").contains("no completed"), demo.getText());
      for (String job : List.of("bksb-get-users", "bksb-match-users", "bksb-get-assessments")) {
        String row = demo.findElement(By.cssSelector("tr[data-job='" + job + "']")).getText();
        assertTrue(row.contains("COMPLETED") && row.contains("admin"), row);
      }
      String users = demo.findElement(By.cssSelector("tr[data-job='bksb-get-users']")).getText();
      assertTrue(users.contains("(all centres)"), users);
      for (String page : List.of("learners", "integration", "jobs", "calls")) {
        assertEquals(
            1,
            demo.findElements(By.cssSelector("a[href$='/" + page + ".xhtml?centre=DEMO']")).size(),
            page);
      }
      assertTrue(
          b.driver.findElements(By.cssSelector("section[data-centre='NORTH']")).size() == 1,
          "the group manager sees every centre");
    }
  }

  @Test
  void northsManagerSeesNorthOnly() throws Exception {
    start("bksb-get-users", "{}");
    Api north = Api.as("manager.north");
    try (SignedInBrowser b = SignedInBrowser.open("manager.north", "/index.xhtml")) {
      b.wait.until(d -> !d.findElements(By.id("centres")).isEmpty());
      Browser.checkAccessible(b.driver, "dashboard-north");
      List<String> shown =
          b.driver.findElements(By.cssSelector("section.centre")).stream()
              .map(s -> s.getAttribute("data-centre"))
              .toList();
      assertEquals(List.of("NORTH"), shown);
      WebElement centre = b.driver.findElement(By.cssSelector("section[data-centre='NORTH']"));
      assertEquals(String.valueOf(eligible(north, "NORTH")), figure(centre, "eligible"));
      assertEquals("not enabled", figure(centre, "integration"));
      assertFalse(b.driver.getPageSource().contains("Demo College"));
      // A run for all centres covers NORTH too, without details that may name other centres.
      String users = centre.findElement(By.cssSelector("tr[data-job='bksb-get-users']")).getText();
      assertTrue(users.contains("COMPLETED") && users.contains("(all centres)"), users);
      assertFalse(users.contains("admin"), users);
    }
  }
}
