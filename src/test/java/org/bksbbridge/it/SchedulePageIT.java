package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The schedule page: an admin changes the schedule (bad values get messages beside their fields), a
 * manager sees it read-only, and neither a forged post nor a page opened before a grant was revoked
 * changes it.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulePageIT {
  private static final String SCHEDULE = "/api/v1/schedule";
  private final Api admin = Api.as("admin");
  private WebDriver driver;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void openAs(String user) throws Exception {
    SignedInBrowser signedIn = SignedInBrowser.open(user, "/schedule.xhtml");
    driver = signedIn.driver;
    wait = signedIn.wait;
    wait.until(d -> d.getCurrentUrl().contains("/schedule.xhtml"));
    wait.until(d -> !d.findElements(By.id("schedule:nightlyAt")).isEmpty());
  }

  private WebElement field(String id) {
    return driver.findElement(By.id(id));
  }

  private void type(String id, String text) {
    WebElement f = field(id);
    f.clear();
    f.sendKeys(text);
  }

  private JsonObject stored() {
    Api.Reply r = admin.get(SCHEDULE);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static String nightly(JsonObject schedule) {
    return schedule.containsKey("nightlyAt") ? schedule.getString("nightlyAt") : null;
  }

  private void restore() {
    assertEquals(
        200,
        admin.put(SCHEDULE, "{\"nightlyAt\":\"02:00\",\"incrementalMinutes\":\"0\"}").status());
  }

  @Test
  void anAdminChangesTheScheduleAndSeesBadValuesBesideTheirFields() throws Exception {
    JsonObject before = stored();
    // Twelve hours away: neither due during the test nor inside the catch-up window.
    String time =
        LocalTime.now(ZoneId.of(before.getString("zone")))
            .plusHours(12)
            .withMinute(7)
            .format(DateTimeFormatter.ofPattern("HH:mm"));
    try {
      openAs("admin");
      Browser.checkAccessible(driver, "schedule-admin");
      assertTrue(driver.findElements(By.id("schedule:readonly-note")).isEmpty());
      assertNull(field("schedule:nightlyAt").getAttribute("readonly"));

      type("schedule:nightlyAt", "25:99");
      type("schedule:incrementalMinutes", "-5");
      field("schedule:save").click();
      wait.until(d -> !d.findElement(By.id("nightlyAt-problem")).getText().isBlank());
      Browser.checkAccessible(driver, "schedule-invalid");
      WebElement nightlyField = field("schedule:nightlyAt");
      assertEquals("true", nightlyField.getAttribute("aria-invalid"));
      assertTrue(nightlyField.getAttribute("aria-describedby").contains("nightlyAt-problem"));
      assertTrue(
          field("nightlyAt-problem").getText().contains("time of day"),
          field("nightlyAt-problem").getText());
      assertEquals("true", field("schedule:incrementalMinutes").getAttribute("aria-invalid"));
      assertTrue(
          field("incrementalMinutes-problem").getText().contains("whole number"),
          field("incrementalMinutes-problem").getText());
      assertEquals("25:99", nightlyField.getAttribute("value"), "what was typed stays");
      assertEquals(
          "schedule:nightlyAt",
          driver.switchTo().activeElement().getAttribute("id"),
          "the first field with a problem has the focus");
      assertEquals(nightly(before), nightly(stored()), "nothing saved");

      type("schedule:nightlyAt", time);
      type("schedule:incrementalMinutes", "1440");
      field("schedule:save").click();
      Browser.awaitMessage(driver, "saved");
      Browser.checkAccessible(driver, "schedule-saved");
      assertEquals("false", field("schedule:nightlyAt").getAttribute("aria-invalid"));
      assertTrue(field("nightlyAt-problem").getText().isBlank());
      JsonObject after = stored();
      assertEquals(time, nightly(after));
      assertEquals(1440, after.getInt("incrementalMinutes"));
      assertEquals("admin", after.getString("updatedBy"));
      assertTrue(
          field("schedule:changed").getText().contains("by admin"),
          field("schedule:changed").getText());
      String next = field("next").getText();
      assertTrue(next.contains("Nightly") && next.contains(time), next);
      assertTrue(next.contains("Incremental"), next);
      assertEquals(
          after.getJsonArray("nextRuns").size(),
          driver.findElements(By.cssSelector("#next tbody tr")).size());
      assertTrue(field("schedule:catchUp").getText().contains("hours"));
    } finally {
      restore();
    }
  }

  @Test
  void aManagerSeesItReadOnlyAndAForgedSaveChangesNothing() throws Exception {
    restore();
    openAs("manager");
    Browser.checkAccessible(driver, "schedule-manager");
    assertTrue(driver.findElements(By.id("schedule:save")).isEmpty(), "no save button");
    assertFalse(driver.findElements(By.id("schedule:readonly-note")).isEmpty());
    assertEquals("true", field("schedule:nightlyAt").getAttribute("readonly"));
    assertEquals("02:00", field("schedule:nightlyAt").getAttribute("value"));

    // The post the admin's form makes, forged from the manager's own page and view state.
    WebElement old = field("schedule:nightlyAt");
    ((JavascriptExecutor) driver)
        .executeScript(
            "var f = document.getElementById('schedule');"
                + "var n = f.elements['schedule:nightlyAt'];"
                + "n.removeAttribute('readonly'); n.value = '04:44';"
                + "var m = f.elements['schedule:incrementalMinutes'];"
                + "m.removeAttribute('readonly'); m.value = '5';"
                + "var b = document.createElement('input'); b.type = 'hidden';"
                + "b.name = 'schedule:save'; b.value = 'Save'; f.appendChild(b); f.submit();");
    wait.until(Browser.replaced(old));
    wait.until(d -> !d.findElements(By.id("schedule:nightlyAt")).isEmpty());
    Browser.checkAccessible(driver, "schedule-forged");
    assertFalse(field("messages").getText().contains("saved"), field("messages").getText());
    JsonObject after = stored();
    assertEquals("02:00", nightly(after));
    assertEquals(0, after.getInt("incrementalMinutes"));
    assertEquals(403, Api.as("manager").put(SCHEDULE, "{\"nightlyAt\":\"04:44\"}").status());
  }

  @Test
  void aSaveFromAPageOpenedBeforeTheGrantWasRevokedIsRefused() throws Exception {
    restore();
    String grant = "/api/v1/permissions/*/users/manager";
    try {
      assertEquals(
          200,
          admin
              .put(grant, "{\"commands\":[\"BKSB_API_INTEGRATION\",\"EDIT_BKSB_SETTINGS\"]}")
              .status());
      openAs("manager");
      assertFalse(driver.findElements(By.id("schedule:save")).isEmpty(), "may edit for now");
      assertEquals(204, admin.delete(grant).status());

      type("schedule:nightlyAt", "04:44");
      field("schedule:save").click();
      Browser.awaitMessage(driver, "Edit BKSB Settings");
      Browser.checkAccessible(driver, "schedule-revoked");
      assertTrue(driver.findElements(By.id("schedule:save")).isEmpty(), "read-only now");
      assertEquals("02:00", field("schedule:nightlyAt").getAttribute("value"));
      assertEquals("02:00", nightly(stored()));
    } finally {
      admin.delete(grant);
      restore();
    }
  }

  @Test
  void aManagerOfOneCentreSeesNoRunsOfAllCentres() throws Exception {
    openAs("manager.north");
    Browser.checkAccessible(driver, "schedule-one-centre");
    assertTrue(driver.findElements(By.id("schedule:save")).isEmpty());
    assertTrue(driver.findElements(By.id("recent")).isEmpty());
    assertTrue(
        field("no-recent").getText().contains("those who see every centre"),
        field("no-recent").getText());
    assertEquals(403, Api.as("tutor").get("/schedule.xhtml").status(), "no Run BKSB Jobs");
  }
}
