package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * DEMO's bksb integration page: a manager granted "Edit BKSB Settings" edits and tests the
 * settings, by mouse and by keyboard alone; a tutor sees the status only, and a forged save does
 * nothing. Every test puts back what it changed: DEMO's settings and the grant.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationPageIT {
  private static final String PAGE = "/integration.xhtml?centre=DEMO";
  private static final String SETTINGS = "/api/v1/centres/DEMO/bksb/settings";
  private static final String GRANT = "/api/v1/permissions/DEMO/users/manager";

  /** The form's fields and buttons, in the order the keyboard must reach them. */
  private static final List<String> TAB_ORDER =
      List.of(
          "enabled",
          "apiUrl",
          "accessKeyId",
          "secretAccessKey",
          "databridgeAcknowledged",
          "defaultPassword",
          "autoSendLoginDetails",
          "autoEnrolCourses",
          "downloadDiagnosticResults",
          "logSyncApiCalls",
          "heat_applicants",
          "heat_recentStarts",
          "heat_recentStartWeeks",
          "heat_newAccounts",
          "heat_newAccountDays",
          "heat_recentResults",
          "heat_recentResultDays",
          "learnerTags_ENGLISH",
          "learnerTags_MATHS",
          "learnerTags_ICT",
          "applicantTags_ENGLISH",
          "applicantTags_MATHS",
          "applicantTags_ICT",
          "linkButtonUrl",
          "alertEmails",
          "save",
          "cancel",
          "test");

  private final Api admin = Api.as("admin");
  private final String tag = "Page " + UUID.randomUUID().toString().substring(0, 6);
  private final List<SignedInBrowser> browsers = new ArrayList<>();
  private JsonObject before;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void remember() {
    before = settings();
  }

  @AfterEach
  void restore() {
    browsers.forEach(SignedInBrowser::close);
    admin.delete(GRANT);
    Api.Reply put =
        admin.put(
            SETTINGS,
            "{\"learnerTags\":"
                + before.getJsonObject("learnerTags")
                + ",\"heat\":"
                + before.getJsonObject("heat")
                + "}");
    assertEquals(200, put.status(), put.body());
    assertEquals(before.getJsonObject("learnerTags"), settings().getJsonObject("learnerTags"));
    assertTrue(settings().getBoolean("secretAccessKeySet"), "the test kept DEMO's secret");
    assertEquals(before.getJsonObject("heat"), settings().getJsonObject("heat"));
  }

  private JsonObject settings() {
    Api.Reply r = admin.get(SETTINGS);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private String englishTags() {
    return settings().getJsonObject("learnerTags").getJsonArray("ENGLISH").toString();
  }

  private void grantEditSettings() {
    Api.Reply r =
        admin.put(GRANT, "{\"commands\":[\"BKSB_API_INTEGRATION\",\"EDIT_BKSB_SETTINGS\"]}");
    assertEquals(200, r.status(), r.body());
  }

  private SignedInBrowser open(String user) throws Exception {
    SignedInBrowser b = SignedInBrowser.open(user, PAGE);
    browsers.add(b);
    b.wait.until(d -> !d.findElements(By.id("status")).isEmpty());
    return b;
  }

  private static WebElement field(SignedInBrowser b, String id) {
    return b.driver.findElement(By.id("settings:" + id));
  }

  /** Scrolls an element to the middle of the window, so that the screenshot shows it. */
  private static void show(SignedInBrowser b, String id) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
  }

  /** Selects Save and waits for the page that answers. */
  private static void save(SignedInBrowser b) {
    WebElement button = field(b, "save");
    button.click();
    b.wait.until(Browser.replaced(button));
    b.wait.until(d -> !d.findElements(By.id("messages")).isEmpty());
  }

  @Test
  void aManagerChangesATagIsToldOfABadUrlAndTestsTheConnection() throws Exception {
    grantEditSettings();
    SignedInBrowser m = open("manager");
    Browser.checkAccessible(m.driver, "integration-manager");
    assertEquals("set", m.text("secret-state"));
    WebElement english = field(m, "learnerTags_ENGLISH");
    english.sendKeys(", " + tag);
    WebElement url = field(m, "apiUrl");
    url.clear();
    url.sendKeys("https://bksb.example.com/");
    save(m);

    // The problem stands beside the URL field, which says it is invalid and names the message.
    String message = m.text("apiUrl-msg");
    assertTrue(message.contains("must be a bksb API host"), message);
    assertEquals("true", field(m, "apiUrl").getAttribute("aria-invalid"));
    assertTrue(field(m, "apiUrl").getAttribute("aria-describedby").contains("apiUrl-msg"));
    assertEquals("false", field(m, "learnerTags_ENGLISH").getAttribute("aria-invalid"));
    assertTrue(m.text("messages").contains("bksb API URL: must be"), m.text("messages"));
    show(m, "settings:apiUrl");
    Browser.checkAccessible(m.driver, "integration-bad-url");
    assertFalse(englishTags().contains(tag), "nothing is saved while a field is refused");
    assertTrue(field(m, "learnerTags_ENGLISH").getAttribute("value").contains(tag));

    url = field(m, "apiUrl");
    url.clear();
    url.sendKeys(before.getString("apiUrl"));
    save(m);
    assertTrue(m.text("messages").contains("Settings saved."), m.text("messages"));
    assertTrue(englishTags().contains(tag), englishTags());
    assertTrue(m.text("learner-tags-ENGLISH").contains(tag), m.text("learner-tags-ENGLISH"));
    assertEquals("", m.text("apiUrl-msg"));
    assertEquals("set", m.text("secret-state"), "an empty secret field keeps the secret");
    Browser.checkAccessible(m.driver, "integration-saved");

    field(m, "test").click();
    m.wait.until(d -> !d.findElements(By.id("test-outcome")).isEmpty());
    String outcome = m.text("test-outcome");
    assertTrue(outcome.startsWith("authenticated"), outcome);
    show(m, "test-outcome");
    Browser.checkAccessible(m.driver, "integration-test-connection");
  }

  @Test
  void aManagerTunesTheHeatRulesAndIsToldOfADayCountOutOfRange() throws Exception {
    grantEditSettings();
    SignedInBrowser m = open("manager");
    assertEquals(
        "Days since the last result",
        m.driver
            .findElement(By.cssSelector("label[for='settings:heat_recentResultDays']"))
            .getText());
    assertEquals("14", field(m, "heat_recentResultDays").getAttribute("value"));
    assertTrue(field(m, "heat_applicants").isSelected(), "applicants are hot by default");
    WebElement days = field(m, "heat_recentResultDays");
    days.clear();
    days.sendKeys("400");
    field(m, "heat_applicants").click();
    save(m);

    String message = m.text("heat_recentResultDays-msg");
    assertEquals("must be a whole number of days from 0 to 365", message);
    assertEquals("true", field(m, "heat_recentResultDays").getAttribute("aria-invalid"));
    assertTrue(
        field(m, "heat_recentResultDays")
            .getAttribute("aria-describedby")
            .contains("heat_recentResultDays-msg"));
    assertTrue(
        m.text("messages").contains("Days since the last result: must be"), m.text("messages"));
    show(m, "settings:heat_recentResultDays");
    Browser.checkAccessible(m.driver, "integration-heat-refused");
    assertTrue(settings().getJsonObject("heat").getBoolean("applicants"), "nothing saved");

    days = field(m, "heat_recentResultDays");
    days.clear();
    days.sendKeys("21");
    save(m);
    assertTrue(m.text("messages").contains("Settings saved."), m.text("messages"));
    JsonObject heat = settings().getJsonObject("heat");
    assertEquals(21, heat.getInt("recentResultDays"));
    assertFalse(heat.getBoolean("applicants"));
    assertEquals(8, heat.getInt("recentStartWeeks"), "untouched rules are kept");
    assertEquals("off", m.text("heat-applicants"), "the status shows the saved rules");
    assertEquals("21 days", m.text("heat-recentResults"));
    assertEquals("8 weeks", m.text("heat-recentStarts"));
    Browser.checkAccessible(m.driver, "integration-heat-saved");
  }

  @Test
  void theSettingsFormWorksWithTheKeyboardAlone() throws Exception {
    grantEditSettings();
    SignedInBrowser m = open("manager");
    Browser.checkAccessible(m.driver, "integration-keyboard");
    // Start the tab sequence at the form's heading, as a keyboard user reaching it would.
    ((JavascriptExecutor) m.driver)
        .executeScript(
            "var h = document.getElementById('settings-heading');"
                + " h.setAttribute('tabindex', '-1'); h.focus();");
    List<String> reached = new ArrayList<>();
    Actions keys = new Actions(m.driver);
    for (int i = 0; i < TAB_ORDER.size(); i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement active = m.driver.switchTo().activeElement();
      reached.add(active.getAttribute("id").replace("settings:", ""));
      String outline =
          (String)
              ((JavascriptExecutor) m.driver)
                  .executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
      assertNotEquals("none", outline, "focus is visible on " + active.getAttribute("id"));
      if (reached.get(i).equals("learnerTags_MATHS")) {
        // Tabbing into a field selects its text: End keeps it, as a person would.
        keys.sendKeys(Keys.END, ", " + tag).perform();
      }
    }
    assertEquals(TAB_ORDER, reached);
    // Back to Save (Shift+Tab from Test connection, past Cancel) and press Enter.
    keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertEquals("settings:save", m.driver.switchTo().activeElement().getAttribute("id"));
    keys.sendKeys(Keys.ENTER).perform();
    m.awaitMessage("Settings saved.");
    assertTrue(
        settings().getJsonObject("learnerTags").getJsonArray("MATHS").toString().contains(tag));
    Browser.checkAccessible(m.driver, "integration-keyboard-saved");
  }

  @Test
  void aTutorSeesTheStatusOnlyAndAForgedSaveChangesNothing() throws Exception {
    SignedInBrowser t = open("tutor");
    assertEquals("yes", t.text("enabled"));
    assertTrue(t.text("learner-tags-ENGLISH").contains("bksb English"), t.text("status"));
    assertEquals("14 days", t.text("heat-newAccounts"), "the heat rules, read-only");
    assertTrue(t.driver.findElements(By.id("settings")).isEmpty(), "no settings form");
    assertTrue(t.driver.findElements(By.cssSelector("input[name^='settings:']")).isEmpty());
    assertTrue(t.text("read-only").contains("Edit BKSB Settings"));
    show(t, "read-only");
    Browser.checkAccessible(t.driver, "integration-tutor");

    // A manager's save, captured from their page with a changed tag, is a real save request...
    grantEditSettings();
    SignedInBrowser m = open("manager");
    field(m, "learnerTags_ENGLISH").sendKeys(", " + tag);
    String action = m.driver.findElement(By.id("settings")).getAttribute("action");
    @SuppressWarnings("unchecked")
    List<List<String>> pairs =
        (List<List<String>>)
            ((JavascriptExecutor) m.driver)
                .executeScript(
                    "return Array.from(new FormData(document.getElementById('settings')))"
                        + ".map(function (e) { return [e[0], String(e[1])]; });");
    String body =
        pairs.stream()
                .map(p -> enc(p.get(0)) + "=" + enc(p.get(1)))
                .collect(Collectors.joining("&"))
            + "&"
            + enc("settings:save")
            + "=Save";

    // ...which the tutor's session cannot replay: refused, and nothing changes.
    HttpResponse<String> forged = post(action, body, t.cookieHeader());
    assertFalse(forged.body().contains("Settings saved."), forged.body());
    assertNotEquals(200, forged.statusCode(), "a view state of another session is refused");
    assertFalse(englishTags().contains(tag), englishTags());
    assertEquals(before.getString("updatedAt"), settings().getString("updatedAt"));

    // The same request under the manager's own session saves: the replay itself was sound.
    HttpResponse<String> real = post(action, body, m.cookieHeader());
    assertEquals(200, real.statusCode());
    assertTrue(real.body().contains("Settings saved."), real.body());
    assertTrue(englishTags().contains(tag), englishTags());
  }

  @Test
  void aSaveAfterTheGrantIsRevokedIsRefusedWithNothingChanged() throws Exception {
    grantEditSettings();
    SignedInBrowser m = open("manager");
    field(m, "learnerTags_ENGLISH").sendKeys(", " + tag);
    assertEquals(204, admin.delete(GRANT).status());
    save(m);
    String messages = m.text("messages");
    assertTrue(messages.contains("lacks the command \"Edit BKSB Settings\""), messages);
    assertFalse(englishTags().contains(tag), englishTags());
    Browser.checkAccessible(m.driver, "integration-grant-revoked");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> post(String url, String body, String cookies)
      throws Exception {
    // HTTP/1.1: the JDK client's h2c upgrade of a POST with a body hangs Liberty's answer.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .version(HttpClient.Version.HTTP_1_1)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
