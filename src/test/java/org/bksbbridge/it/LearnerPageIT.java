package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A manager signs in, imports a CSV through the learners page and sees the learners listed. */
@ExtendWith(ArquillianExtension.class)
class LearnerPageIT {
  private final String centre = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private WebDriver driver;

  @TempDir Path dir;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** Opens the centre's learners page; a new browser lands on the login form. */
  private WebDriverWait openLearnersPage() throws Exception {
    driver = Browser.open();
    WebDriverWait wait = Browser.waitFor(driver);
    driver.get(Deployments.baseUrl() + "/learners.xhtml?centre=" + centre);
    wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    Browser.checkAccessible(driver, "login");
    return wait;
  }

  private void signIn(String user, String password) {
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void importCsvThroughThePageAndSeeTheLearners() throws Exception {
    assertEquals(
        201,
        Api.as("admin").put("/api/v1/centres/" + centre, "{\"name\":\"Page College\"}").status());
    Path csv = dir.resolve("learners.csv");
    Files.writeString(
        csv,
        "reference,firstName,lastName,email,kind\n"
            + "W1,Wendy,Walker,wendy@example.ac.uk,\n"
            + "W2,Xavier,Xu,,APPLICANT\n"
            + "W3,<b>Bold</b>,Zed,,\n"
            + "W4,,Nofirstname,,\n");

    WebDriverWait wait = openLearnersPage();
    // Not signed in: the page sends us to the login form, which sends us back.
    signIn("manager", "manager");
    wait.until(d -> d.getCurrentUrl().contains("/learners.xhtml"));
    assertEquals("manager", driver.findElement(By.id("signed-in-user")).getText());
    assertEquals("0", driver.findElement(By.id("list:total")).getText());

    driver.findElement(By.id("import:file")).sendKeys(csv.toString());
    driver.findElement(By.id("import:upload")).click();
    // The import runs as a batch job; the page shows its state, and Refresh asks again.
    wait.until(
        d -> {
          if (d.findElement(By.id("import:status")).getText().equals("COMPLETED")) {
            return true;
          }
          d.findElement(By.id("import:refresh")).click();
          return false;
        });
    Browser.checkAccessible(driver, "learner-import-result");
    assertEquals("COMPLETED", driver.findElement(By.id("import:status")).getText());
    String skipped = driver.findElement(By.id("import:skipped")).getText();
    assertTrue(skipped.contains("firstName is required"), skipped);
    assertTrue(skipped.contains("W4"), skipped);

    driver.findElement(By.id("import:show")).click();
    wait.until(d -> d.findElement(By.id("list:total")).getText().equals("3"));
    Browser.checkAccessible(driver, "learner-list");
    List<String> rows =
        driver.findElements(By.cssSelector("#list\\:learners tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("Walker, Wendy"), rows.toString());
    assertTrue(rows.get(1).contains("Xu, Xavier") && rows.get(1).contains("APPLICANT"));
    // Markup in data is shown as text, never rendered.
    assertTrue(rows.get(2).contains("Zed, <b>Bold</b>"), rows.get(2));
    assertFalse(
        driver.findElements(By.cssSelector("#list\\:learners b")).size() > 0,
        "a <b> from the data became an element");

    driver.findElement(By.id("search:query")).sendKeys("xu");
    driver.findElement(By.id("search:go")).click();
    wait.until(d -> d.findElement(By.id("list:total")).getText().equals("1"));
  }

  @Test
  void tutorsSeeNoImportForm() throws Exception {
    Api.as("admin").put("/api/v1/centres/" + centre, "{\"name\":\"Page College\"}");
    WebDriverWait wait = openLearnersPage();
    signIn("tutor", "wrong");
    wait.until(d -> !d.findElements(By.id("login-failed")).isEmpty());
    signIn("tutor", "tutor");
    wait.until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    driver.get(Deployments.baseUrl() + "/learners.xhtml?centre=" + centre);
    wait.until(d -> !d.findElements(By.id("list:total")).isEmpty());
    assertTrue(driver.findElements(By.id("import:file")).isEmpty());
  }

  @Test
  void aManagerOfAnotherCentreSeesNeitherTheCentreNorItsLearners() throws Exception {
    Api admin = Api.as("admin");
    admin.put("/api/v1/centres/" + centre, "{\"name\":\"Page College\"}");
    admin.put(
        "/api/v1/centres/" + centre + "/learners/S1",
        "{\"firstName\":\"Secret\",\"lastName\":\"Learner\"}");
    WebDriverWait wait = openLearnersPage();
    signIn("manager.north", "manager.north");
    wait.until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    wait.until(d -> !d.findElements(By.id("messages")).isEmpty());
    Browser.checkAccessible(driver, "learners-other-centre");
    assertTrue(
        driver.findElement(By.id("messages")).getText().contains("no centre with id " + centre),
        driver.getPageSource());
    assertFalse(driver.getPageSource().contains("Secret"));
    assertTrue(driver.findElements(By.id("list:total")).isEmpty());
    assertTrue(driver.findElements(By.id("import:file")).isEmpty());
    List<String> offered =
        driver.findElements(By.cssSelector("#search\\:centre option")).stream()
            .map(o -> o.getAttribute("value"))
            .toList();
    assertEquals(List.of("NORTH"), offered);

    driver.get(Deployments.baseUrl() + "/index.xhtml");
    wait.until(d -> !d.findElements(By.id("centres")).isEmpty());
    assertTrue(driver.findElement(By.id("centres")).getText().contains("North Campus"));
    assertFalse(driver.findElement(By.id("centres")).getText().contains(centre));
    assertFalse(driver.findElement(By.id("centres")).getText().contains("DEMO"));
    Browser.checkAccessible(driver, "home-one-centre");
  }
}
