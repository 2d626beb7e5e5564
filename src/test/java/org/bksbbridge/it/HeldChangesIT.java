package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The mass-change guard in the server (issue 26): bksb lists 30 of its users, so get-users holds
 * the marking of the rest in every account; the console shows the held change with Approve and
 * Discard; approving is for "Run BKSB Jobs" in the account's centres, once.
 */
@ExtendWith(ArquillianExtension.class)
class HeldChangesIT {
  private static final int KEPT = 30;
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** bksb lists everyone again, and a run settles every account (nothing held is left). */
  @AfterEach
  void restore() throws Exception {
    assertEquals(204, admin.post("/bksb-sandbox/admin/reset", "application/json", "").status());
    JsonObject settled = admin.awaitJob(admin.startJob("bksb-get-users", "{}"));
    assertEquals("COMPLETED", settled.getString("batchStatus"), settled.toString());
    assertTrue(!settled.getString("exitStatus").startsWith("HELD"), settled.toString());
    assertEquals(
        0, admin.get("/api/v1/jobs/held").structure().asJsonArray().size(), "nothing held");
  }

  /** A centre on a bksb account of its own (the sandbox's third key): its users, its gone. */
  private String centreOnItsOwnAccount() {
    String centre = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        admin
            .put("/api/v1/centres/" + centre, "{\"name\":\"Held\",\"bksbLicensed\":true}")
            .status());
    Api.Reply saved =
        admin.put(
            "/api/v1/centres/" + centre + "/bksb/settings",
            "{\"enabled\":true,\"apiUrl\":\""
                + Deployments.baseUrl()
                + "/bksb-sandbox/\",\"accessKeyId\":\"held-key\","
                + "\"secretAccessKey\":\"held-secret\",\"databridgeAcknowledged\":true}");
    assertEquals(200, saved.status(), saved.body());
    return centre;
  }

  @Test
  void aShortListingIsHeldAndApprovedOnceByWhoRunsTheCentresJobs() throws Exception {
    String centre = centreOnItsOwnAccount();
    assertEquals(
        "COMPLETED",
        admin.awaitJob(admin.startJob("bksb-get-users", "{}")).getString("batchStatus"));
    int total =
        Api.as("held-key", "held-secret")
            .get("/bksb-sandbox/api/users/search?page=1&recordsPerPage=1")
            .json()
            .getJsonObject("Pagination")
            .getInt("TotalRecords");
    for (int id = KEPT + 1; id <= 300; id++) {
      admin.delete("/bksb-sandbox/admin/users/" + id);
    }

    long run = admin.startJob("bksb-get-users", "{}");
    JsonObject held = admin.awaitJob(run);
    assertEquals("COMPLETED", held.getString("batchStatus"));
    assertTrue(held.getString("exitStatus").startsWith("HELD "), held.toString());
    JsonObject mine = null;
    for (JsonObject h : held.getJsonArray("held").getValuesAs(JsonObject.class)) {
      if (h.getJsonArray("centreIds").getString(0).equals(centre)) {
        mine = h;
      }
    }
    assertTrue(mine != null, "the centre's account held its change: " + held);
    assertEquals(300 - KEPT, mine.getInt("affected"), mine.toString());
    assertEquals(total, mine.getInt("total"), mine.toString());
    assertEquals("PENDING", mine.getString("status"));
    long account = mine.getJsonNumber("accountId").longValue();
    String approve = "/api/v1/jobs/executions/" + run + "/approve?accountId=" + account;

    // A tutor sees the centre but does not run its jobs; a manager of another centre sees nothing.
    assertEquals(403, Api.as("tutor").post(approve, "application/json", "").status());
    assertEquals(404, Api.as("manager.north").post(approve, "application/json", "").status());
    assertTrue(
        manager.get("/api/v1/jobs/held?centreId=" + centre).body().contains("\"affected\":270"));

    // Two approvals at once: one applies, the other is told it was decided.
    CompletableFuture<Api.Reply> a =
        CompletableFuture.supplyAsync(() -> manager.post(approve, "application/json", ""));
    CompletableFuture<Api.Reply> b =
        CompletableFuture.supplyAsync(() -> manager.post(approve, "application/json", ""));
    List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
    statuses.sort(null);
    assertEquals(List.of(200, 409), statuses, a.get().body() + " / " + b.get().body());
    Api.Reply won = a.get().status() == 200 ? a.get() : b.get();
    assertEquals(300 - KEPT, won.json().getInt("applied"), won.body());
    assertEquals("manager", won.json().getString("decidedBy"));

    // The console shows what was decided, and the other accounts' changes still pending.
    try (SignedInBrowser page = SignedInBrowser.open("admin", "/jobs.xhtml?run=" + run)) {
      page.await("the held changes", d -> !d.findElements(By.id("held")).isEmpty());
      String shown = page.driver.findElement(By.id("held")).getText();
      assertTrue(shown.contains("Held change, approved"), shown);
      assertTrue(shown.contains("Approved by manager"), shown);
      Browser.checkAccessible(page.driver, "held-changes");
      List<org.openqa.selenium.WebElement> discard =
          page.driver.findElements(By.cssSelector("section.held-pending input[value='Discard']"));
      if (!discard.isEmpty()) {
        discard.get(0).click();
        page.awaitMessage("Discarded: no bksb user of account");
      }
    }
    // The runs and what they held, as Prometheus scrapes them.
    String metrics =
        new String(
            Tls.get("/metrics?scope=application", "admin:admin").getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertMetric(
        metrics, "bksb_job_runs_total{", "job=\"bksb-get-users\"", "outcome=\"COMPLETED\"");
    assertMetric(metrics, "bksb_job_duration_seconds_bucket{", "job=\"bksb-get-users\"", "le=");
    assertMetric(metrics, "bksb_step_duration_seconds_count{", "step=\"gone\"");
    assertMetric(metrics, "bksb_changes_held_total{", "kind=\"USERS_GONE\"");
    assertMetric(metrics, "bksb_users_gone_total");
    // What other accounts held is discarded, so the next run starts clean.
    for (JsonObject h :
        admin.get("/api/v1/jobs/held").structure().asJsonArray().getValuesAs(JsonObject.class)) {
      admin.post(
          "/api/v1/jobs/executions/"
              + h.getJsonNumber("executionId")
              + "/discard?accountId="
              + h.getJsonNumber("accountId"),
          "application/json",
          "");
    }
  }

  /** A line of the scrape that starts with the name and holds every label. */
  private static void assertMetric(String scrape, String name, String... labels) {
    assertTrue(
        scrape
            .lines()
            .anyMatch(
                l -> l.startsWith(name) && java.util.Arrays.stream(labels).allMatch(l::contains)),
        name + " " + String.join(" ", labels) + " in:\n" + scrape);
  }
}
