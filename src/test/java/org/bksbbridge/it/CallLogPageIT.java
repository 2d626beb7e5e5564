package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
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
 * The call log in Liberty: a centre on the sandbox with "Log scheduled sync API calls" on runs
 * get-assessments twice, and the page lists each run's calls, filtered by execution, outcome and
 * endpoint; the empty states; a bad filter's message at its field; another centre's manager gets
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CallLogPageIT {
  private final Api manager = Api.as("manager");
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

  private void signIn(String user, String firstPage) throws Exception {
    SignedInBrowser signedIn = SignedInBrowser.open(user, firstPage);
    driver = signedIn.driver;
    wait = signedIn.wait;
  }

  private long run(String job, String body) throws InterruptedException {
    Api.Reply started = manager.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, started.status(), started.body());
    long id = started.json().getJsonNumber("executionId").longValue();
    JsonObject done = manager.awaitJob(id);
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    return id;
  }

  private List<String> column(int index) {
    return driver.findElements(By.cssSelector("#calls tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  /** Each row's text: time, execution, method, path, status, duration, attempt. */
  private List<String> rows() {
    return driver.findElements(By.cssSelector("#calls tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void show() {
    String before = driver.getCurrentUrl();
    driver.findElement(By.id("filters:show")).click();
    wait.until(d -> !d.getCurrentUrl().equals(before));
  }

  @Test
  void aRunsCallsAreListedAndFilteredByExecution() throws Exception {
    String centre = Api.as("admin").centreOnTheSandbox("CL", "\"logSyncApiCalls\":true");
    String calls = "/api/v1/centres/" + centre + "/bksb/calls";

    signIn("manager", "/calls.xhtml?centre=" + centre);
    wait.until(d -> !d.findElements(By.id("none-yet")).isEmpty());
    Browser.checkAccessible(driver, "calls-none-yet");

    run("bksb-get-users", "{}");
    // Sandbox users no other test links: results are kept per bksb account, which every centre on
    // the sandbox shares, and AssessmentsIT expects user 12's results to be new to it.
    for (int user = 291; user <= 293; user++) {
      String learner = "/api/v1/centres/" + centre + "/learners/CL-" + user;
      assertEquals(
          201, manager.put(learner, "{\"firstName\":\"Cal\",\"lastName\":\"Log\"}").status());
      assertEquals(
          200, manager.put(learner + "/bksb/link", "{\"bksbUserId\":\"" + user + "\"}").status());
    }
    String results = "{\"centreId\":\"" + centre + "\",\"partitions\":\"2\",\"full\":\"true\"}";
    long first = run("bksb-get-assessments", results);
    long second = run("bksb-get-assessments", results);

    JsonObject ofSecond = manager.get(calls + "?executionId=" + second).json();
    long secondCalls = ofSecond.getJsonNumber("total").longValue();
    assertTrue(secondCalls >= 3, "one initial-results call per learner at least: " + ofSecond);
    assertTrue(ofSecond.getBoolean("logging"));
    assertTrue(ofSecond.getBoolean("totalExact"));
    assertTrue(
        ofSecond.getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .allMatch(c -> c.getJsonNumber("executionId").longValue() == second),
        ofSecond.toString());
    assertEquals(
        secondCalls,
        manager.get(calls + "?executionId=" + first).json().getJsonNumber("total").longValue(),
        "the same learners, the same calls");
    assertFalse(manager.get(calls).body().contains("sandbox-secret"));
    Api.Reply bad = manager.get(calls + "?executionId=x&status=teapot");
    assertEquals(400, bad.status());
    assertTrue(bad.json().getJsonObject("fields").containsKey("executionId"), bad.body());
    assertTrue(bad.json().getJsonObject("fields").containsKey("status"), bad.body());
    assertEquals(404, Api.as("manager.north").get(calls).status());
    assertEquals(403, Api.as("tutor").get(calls).status());

    driver.get(Deployments.baseUrl() + "/calls.xhtml?centre=" + centre);
    wait.until(d -> !d.findElements(By.id("total")).isEmpty());
    Browser.checkAccessible(driver, "calls-list");
    List<String> executions = column(1);
    assertTrue(executions.contains(String.valueOf(first)), executions.toString());
    assertTrue(executions.contains(String.valueOf(second)), executions.toString());
    assertFalse(driver.getPageSource().contains("sandbox-secret"));

    // Pages of three, one after another, give the rows of the whole list, in its order.
    List<String> whole = rows();
    driver.get(Deployments.baseUrl() + "/calls.xhtml?size=3&centre=" + centre);
    wait.until(d -> !d.findElements(By.id("total")).isEmpty());
    assertEquals("span", driver.findElement(By.id("previous")).getTagName(), "no page before");
    List<String> paged = new java.util.ArrayList<>(rows());
    for (int p = 2; driver.findElement(By.id("next")).getTagName().equals("a"); p++) {
      String expected = String.valueOf(p);
      driver.findElement(By.id("next")).click();
      wait.until(d -> d.findElement(By.id("page")).getText().equals(expected));
      if (p == 2) {
        Browser.checkAccessible(driver, "calls-page-2");
      }
      paged.addAll(rows());
    }
    assertEquals(whole, paged);
    driver.findElement(By.id("previous")).click();
    wait.until(
        d ->
            d.findElement(By.id("page"))
                .getText()
                .equals(String.valueOf((whole.size() + 2) / 3 - 1)));

    driver.get(Deployments.baseUrl() + "/calls.xhtml?centre=" + centre);
    wait.until(d -> !d.findElements(By.id("total")).isEmpty());
    driver.findElement(By.id("filters:execution")).sendKeys(String.valueOf(second));
    new Select(driver.findElement(By.id("filters:status"))).selectByValue("ok");
    show();
    assertTrue(driver.getCurrentUrl().contains("execution=" + second), driver.getCurrentUrl());
    wait.until(d -> !d.findElements(By.id("total")).isEmpty());
    Browser.checkAccessible(driver, "calls-by-execution");
    assertEquals(String.valueOf(secondCalls), driver.findElement(By.id("total")).getText());
    List<String> shown = column(1);
    assertEquals(secondCalls, shown.size());
    assertTrue(shown.stream().allMatch(e -> e.equals(String.valueOf(second))), shown.toString());
    assertTrue(column(3).stream().allMatch(p -> p.contains("/api/results/")), column(3).toString());
    assertTrue(column(4).stream().allMatch(s -> s.equals("200")), column(4).toString());

    new Select(driver.findElement(By.id("filters:endpoint"))).selectByValue("/users/search");
    show();
    wait.until(d -> !d.findElements(By.id("none-match")).isEmpty());
    Browser.checkAccessible(driver, "calls-none-match");

    WebElement execution = driver.findElement(By.id("filters:execution"));
    execution.clear();
    execution.sendKeys("twelve");
    show();
    wait.until(d -> !d.findElement(By.id("execution-problem")).getText().isEmpty());
    Browser.checkAccessible(driver, "calls-bad-filter");
    assertEquals(
        "true", driver.findElement(By.id("filters:execution")).getAttribute("aria-invalid"));
    assertTrue(
        driver.findElement(By.id("execution-problem")).getText().contains("job execution id"),
        driver.findElement(By.id("execution-problem")).getText());
    assertTrue(driver.findElements(By.id("calls")).isEmpty());

    // Logging turned off later: what was recorded stays listed, and the page says so.
    assertEquals(
        200,
        Api.as("admin")
            .put("/api/v1/centres/" + centre + "/bksb/settings", "{\"logSyncApiCalls\":false}")
            .status());
    driver.get(Deployments.baseUrl() + "/calls.xhtml?centre=" + centre);
    wait.until(d -> !d.findElements(By.id("logging-off-now")).isEmpty());
    Browser.checkAccessible(driver, "calls-logging-off-now");
    assertFalse(column(1).isEmpty());
    assertFalse(manager.get(calls).json().getBoolean("logging"));
  }

  @Test
  void loggingOffSaysHowToTurnItOnAndAnotherCentresManagerSeesNothing() throws Exception {
    String off = "CO" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201, Api.as("admin").put("/api/v1/centres/" + off, "{\"name\":\"Quiet\"}").status());

    signIn("manager", "/calls.xhtml?centre=" + off);
    wait.until(d -> !d.findElements(By.id("logging-off")).isEmpty());
    assertTrue(
        driver
            .findElement(By.id("logging-off"))
            .getText()
            .contains("turn on Log scheduled sync API calls"),
        driver.findElement(By.id("logging-off")).getText());
    Browser.checkAccessible(driver, "calls-logging-off");
    driver.quit();

    signIn("manager.north", "/calls.xhtml?centre=" + off);
    wait.until(d -> !d.findElements(By.id("messages")).isEmpty());
    Browser.checkAccessible(driver, "calls-other-centre");
    assertTrue(
        driver.findElement(By.id("messages")).getText().contains("no centre with id " + off),
        driver.getPageSource());
    assertTrue(driver.findElements(By.id("logging-off")).isEmpty());
    assertTrue(driver.findElements(By.id("calls")).isEmpty());
    List<String> offered =
        driver.findElements(By.cssSelector("#filters\\:centre option")).stream()
            .map(o -> o.getAttribute("value"))
            .toList();
    assertEquals(List.of("NORTH"), offered);
    assertEquals(
        404, Api.as("manager.north").get("/api/v1/centres/" + off + "/bksb/calls").status());
    driver.quit();

    signIn("tutor", "/calls.xhtml");
    wait.until(d -> !d.findElements(By.id("no-centre")).isEmpty());
    Browser.checkAccessible(driver, "calls-no-centre");
    assertTrue(driver.findElements(By.id("filters")).isEmpty());
  }
}
