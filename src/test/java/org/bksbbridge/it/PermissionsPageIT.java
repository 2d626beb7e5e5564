package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The permissions page: an admin grants a user commands in NORTH, sees the grant and what the user
 * may do there, and removes it again; the API's answers to that user follow. A manager of NORTH
 * without "Manage Permissions" is offered no such page and refused it.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionsPageIT {
  private static final String TUTOR_IN_NORTH = "/api/v1/permissions/NORTH/users/tutor";
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

  private void signIn(String user, String page) throws Exception {
    SignedInBrowser signedIn = SignedInBrowser.open(user, page);
    driver = signedIn.driver;
    wait = signedIn.wait;
  }

  private static List<String> tutorsCommandsInNorth() {
    JsonObject me = Api.as("tutor").get("/api/v1/me").json();
    return me.getJsonArray("centres").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("centreId").equals("NORTH"))
        .flatMap(c -> c.getJsonArray("commands").getValuesAs(JsonString.class).stream())
        .map(JsonString::getString)
        .toList();
  }

  /** The listed grant of user tutor in NORTH, if there is one. */
  private List<WebElement> tutorRows() {
    return driver.findElements(By.cssSelector("#list\\:grants tbody tr")).stream()
        .filter(r -> r.getText().startsWith("NORTH") && r.getText().contains("user tutor"))
        .toList();
  }

  private WebElement label(String text) {
    return driver.findElement(
        By.xpath(
            "//form[@id='grant']//label[normalize-space(translate(., '\u00a0', ' '))='"
                + text
                + "']"));
  }

  private WebElement checkbox(String label) {
    return driver.findElement(By.id(label(label).getAttribute("for")));
  }

  /** Clicks the label, as a person does: the box must be labelled for that to work. */
  private void tick(String label) {
    label(label).click();
  }

  @Test
  void anAdminGrantsATutorCommandsInNorthSeesThemAndRemovesThem() throws Exception {
    Api admin = Api.as("admin");
    admin.delete(TUTOR_IN_NORTH);
    assertFalse(tutorsCommandsInNorth().contains("LINK_BKSB_USERS"));
    try {
      signIn("admin", "/permissions.xhtml");
      wait.until(d -> !d.findElements(By.id("list:grants")).isEmpty());
      Browser.checkAccessible(driver, "permissions-admin");
      String listed = driver.findElement(By.id("list:grants")).getText();
      assertTrue(listed.contains("group admin every command (built in)"), listed);
      assertTrue(listed.contains("built in: cannot be changed"), listed);
      assertTrue(tutorRows().isEmpty());

      // Nothing ticked, no name: each problem beside its field.
      driver.findElement(By.id("grant:save")).click();
      wait.until(d -> !d.findElement(By.id("commands-problem")).getText().isBlank());
      Browser.checkAccessible(driver, "permissions-invalid");
      assertTrue(driver.findElement(By.id("commands-problem")).getText().contains("tick at least"));

      driver.findElement(By.id("grant:name")).sendKeys("  ");
      tick("Link BKSB Users");
      driver.findElement(By.id("grant:save")).click();
      wait.until(d -> !d.findElement(By.id("name-problem")).getText().isBlank());
      assertEquals("true", driver.findElement(By.id("grant:name")).getAttribute("aria-invalid"));
      assertTrue(
          driver
              .findElement(By.id("grant:name"))
              .getAttribute("aria-describedby")
              .contains("name-problem"));
      Browser.checkAccessible(driver, "permissions-name-invalid");

      new Select(driver.findElement(By.id("grant:scope"))).selectByValue("NORTH");
      label("a user").click();
      driver.findElement(By.id("grant:name")).clear();
      driver.findElement(By.id("grant:name")).sendKeys("tutor");
      tick("BKSB API Integration");
      WebElement link = checkbox("Link BKSB Users");
      assertTrue(link.isSelected(), "the tick survives the refused post");
      driver.findElement(By.id("grant:save")).click();
      Browser.awaitMessage(driver, "tutor now holds");
      Browser.checkAccessible(driver, "permissions-granted");
      assertEquals(1, tutorRows().size());
      assertTrue(
          tutorRows().get(0).getText().contains("BKSB API Integration, Link BKSB Users"),
          tutorRows().get(0).getText());
      assertTrue(tutorsCommandsInNorth().contains("LINK_BKSB_USERS"), "the API follows");

      // Change puts the grant into the form.
      tutorRows().get(0).findElement(By.cssSelector("input[value='Change']")).click();
      wait.until(d -> d.findElement(By.id("grant:name")).getAttribute("value").equals("tutor"));
      assertEquals(
          "NORTH",
          new Select(driver.findElement(By.id("grant:scope")))
              .getFirstSelectedOption()
              .getAttribute("value"));
      assertTrue(checkbox("Link BKSB Users").isSelected());
      assertTrue(checkbox("BKSB API Integration").isSelected());
      assertFalse(checkbox("Run BKSB Jobs").isSelected());

      driver.findElement(By.id("rights:user")).sendKeys("tutor");
      driver.findElement(By.id("rights:groups")).sendKeys("tutor");
      driver.findElement(By.id("rights:ask")).click();
      wait.until(d -> !d.findElements(By.id("rights:result")).isEmpty());
      Browser.checkAccessible(driver, "permissions-rights");
      assertEquals("rights:result", driver.switchTo().activeElement().getAttribute("id"));
      String all = driver.findElement(By.id("rights:all")).getText();
      assertEquals("BKSB API Integration, Get BKSB Results", all);
      WebElement north =
          driver.findElements(By.cssSelector("#rights\\:centres tbody tr")).stream()
              .filter(r -> r.getText().contains("(NORTH)"))
              .findFirst()
              .orElseThrow();
      assertTrue(
          north.getText().contains("BKSB API Integration, Get BKSB Results, Link BKSB Users"),
          north.getText());

      tutorRows().get(0).findElement(By.cssSelector("input[value='Remove']")).click();
      Browser.awaitMessage(driver, "Removed");
      Browser.checkAccessible(driver, "permissions-removed");
      assertTrue(tutorRows().isEmpty());
      assertFalse(tutorsCommandsInNorth().contains("LINK_BKSB_USERS"));
      assertTrue(tutorsCommandsInNorth().contains("GET_BKSB_RESULTS"), "the group's grant stays");
    } finally {
      admin.delete(TUTOR_IN_NORTH);
    }
  }

  @Test
  void aManagerOfNorthWithoutManagePermissionsIsOfferedNoPageAndRefusedIt() throws Exception {
    signIn("manager.north", "/index.xhtml");
    wait.until(d -> !d.findElements(By.id("centres")).isEmpty());
    assertTrue(
        driver.findElements(By.cssSelector("header nav a[href$='permissions.xhtml']")).isEmpty());
    assertFalse(
        driver.findElements(By.cssSelector("header nav a[href$='schedule.xhtml']")).isEmpty(),
        "they run jobs in NORTH: the schedule, read-only");

    driver.get(Deployments.baseUrl() + "/permissions.xhtml");
    Browser.awaitMessage(driver, "Manage Permissions");
    Browser.checkAccessible(driver, "permissions-refused");
    assertTrue(driver.findElements(By.id("list:grants")).isEmpty());
    assertTrue(driver.findElements(By.id("grant:save")).isEmpty());
    assertTrue(driver.findElements(By.id("rights:ask")).isEmpty());
    assertEquals(403, Api.as("manager.north").get("/permissions.xhtml").status());
    assertEquals(200, Api.as("admin").get("/permissions.xhtml").status());
  }

  @Test
  void aGrantOfRunBksbJobsInNorthOffersTheUserTheStartButtonForNorthOnly() throws Exception {
    Api admin = Api.as("admin");
    admin.delete(TUTOR_IN_NORTH);
    try {
      signIn("admin", "/permissions.xhtml");
      wait.until(d -> !d.findElements(By.id("grant:save")).isEmpty());
      new Select(driver.findElement(By.id("grant:scope"))).selectByValue("NORTH");
      label("a user").click();
      driver.findElement(By.id("grant:name")).clear();
      driver.findElement(By.id("grant:name")).sendKeys("tutor");
      tick("BKSB API Integration");
      tick("Run BKSB Jobs");
      driver.findElement(By.id("grant:save")).click();
      Browser.awaitMessage(driver, "tutor now holds");
      driver.quit();

      signIn("tutor", "/jobs.xhtml");
      wait.until(d -> !d.findElements(By.id("start:centre")).isEmpty());
      Browser.checkAccessible(driver, "jobs-tutor-granted-north");
      List<String> offered =
          new Select(driver.findElement(By.id("start:centre")))
              .getOptions().stream().map(o -> o.getAttribute("value")).toList();
      assertEquals(List.of("NORTH"), offered, "the start form offers NORTH only");
    } finally {
      admin.delete(TUTOR_IN_NORTH);
    }
    assertFalse(tutorsCommandsInNorth().contains("RUN_BKSB_JOBS"));
  }
}
