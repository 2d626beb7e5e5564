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
import org.openqa.selenium.By;

/**
 * Alerts in the server (issue 26): a centre whose bksb keys are refused gets an alert at the end of
 * the run that skipped it, emailed through the outbox to its alert addresses and shown as a banner
 * on its page until someone who runs its jobs resolves it.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsIT {
  private static final String OPS = "ops@alerts.example.ac.uk";
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aSkippedAccountIsEmailedShownAndResolvedByHand() throws Exception {
    String centre = "AL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    assertEquals(
        201,
        admin
            .put("/api/v1/centres/" + centre, "{\"name\":\"Alerts\",\"bksbLicensed\":true}")
            .status());
    String settings = "/api/v1/centres/" + centre + "/bksb/settings";
    Api.Reply bad = admin.put(settings, "{\"alertEmails\":[\"" + OPS + "\",\"not-an-address\"]}");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(
        bad.json().getJsonObject("fields").getString("alertEmails").contains("address 2"),
        bad.body());
    Api.Reply saved =
        admin.put(
            settings,
            "{\"enabled\":true,\"apiUrl\":\""
                + Deployments.baseUrl()
                + "/bksb-sandbox/\",\"accessKeyId\":\"revoked-key\","
                + "\"secretAccessKey\":\"revoked-secret\",\"databridgeAcknowledged\":true,"
                + "\"alertEmails\":[\""
                + OPS
                + "\"]}");
    assertEquals(200, saved.status(), saved.body());
    assertEquals(OPS, saved.json().getJsonArray("alertEmails").getString(0));
    try {
      // A learner to match, so that the run calls bksb with the refused key.
      assertEquals(
          201,
          manager
              .put(
                  "/api/v1/centres/" + centre + "/learners/A1",
                  "{\"firstName\":\"Al\",\"lastName\":\"Ert\","
                      + "\"bksbUser\":true,\"bksbUsername\":\"nobody.listed\"}")
              .status());
      JsonObject end =
          manager.awaitJob(
              manager.startJob("bksb-match-users", "{\"centreId\":\"" + centre + "\"}"));
      assertTrue(
          end.getString("exitStatus").startsWith("COMPLETED_WITH_FAILED_ACCOUNTS"), end.toString());

      String alerts = "/api/v1/centres/" + centre + "/alerts";
      JsonObject alert = manager.get(alerts).structure().asJsonArray().getJsonObject(0);
      assertEquals("ACCOUNT_SKIPPED", alert.getString("kind"), alert.toString());
      assertEquals("OPEN", alert.getString("status"));
      assertTrue(alert.getString("detail").contains("401"), alert.toString());
      assertEquals(404, Api.as("manager.north").get(alerts).status());
      long id = alert.getJsonNumber("id").longValue();
      assertEquals(
          403,
          Api.as("tutor").post(alerts + "/" + id + "/resolve", "application/json", "").status());

      String outbox = manager.get("/api/v1/centres/" + centre + "/outbox").body();
      assertTrue(
          outbox.contains("bksb-bridge, centre " + centre + ": bksb skipped the centre's account"),
          outbox);
      assertTrue(outbox.contains(OPS), outbox);

      try (SignedInBrowser page =
          SignedInBrowser.open("manager", "/integration.xhtml?centre=" + centre)) {
        page.await(
            "the alert banner",
            d -> !d.findElements(By.cssSelector("section.alert-banner")).isEmpty());
        String banner = page.driver.findElement(By.cssSelector("section.alert-banner")).getText();
        assertTrue(banner.contains("Alert: bksb skipped the centre's account"), banner);
        assertTrue(banner.contains("What to do:"), banner);
        Browser.checkAccessible(page.driver, "alert-banner");
        page.driver
            .findElement(By.cssSelector("section.alert-banner input[value='Mark as resolved']"))
            .click();
        page.awaitMessage("Resolved: bksb skipped the centre's account");
        assertTrue(page.driver.findElements(By.cssSelector("section.alert-banner")).isEmpty());
      }
      JsonObject resolved = manager.get(alerts).structure().asJsonArray().getJsonObject(0);
      assertEquals("RESOLVED", resolved.getString("status"));
      assertEquals("manager", resolved.getString("resolvedBy"));
      assertEquals(
          409, manager.post(alerts + "/" + id + "/resolve", "application/json", "").status());
    } finally {
      // Later tests run jobs for all centres: this one must not fail their accounts.
      admin.put(settings, "{\"enabled\":false}");
    }
  }
}
