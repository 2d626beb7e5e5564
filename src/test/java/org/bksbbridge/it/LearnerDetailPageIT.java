package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A learner's page over DEMO after its sync: the BKSB tab's results, tags, refresh, link search,
 * link and unlink, what a tutor is offered, bksb's names shown as text, the learners list's link
 * and level columns, and the printable initial assessment record.
 *
 * <p>Sandbox users are shared by every test: this one changes only users 101 to 130 (DEMO's
 * learners D0101 to D0130) and 261 to 270 (linked to no learner), and puts back what it changed.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerDetailPageIT {
  /** Linked by email by the match job: verified, unshared address, in learning. */
  private static final String LINKED = "D0101";

  /** Also linked by email; only read here. */
  private static final String READ_ONLY = "D0103";

  /** Not linked: its email is not verified, so the job never links sandbox user 102. */
  private static final String UNLINKED = "D0102";

  private static final long NAMED_USER = 265;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** The DEMO sync, as a manager runs it. */
  @BeforeAll
  static void demoSynced() throws InterruptedException {
    Api manager = Api.as("manager");
    run(manager, "bksb-get-users", "{}");
    run(manager, "bksb-match-users", "{\"centreId\":\"DEMO\"}");
    // The default partitions, starting together on Liberty's job tables (on Derby too: jvm.options,
    // db-derby.xml).
    run(manager, "bksb-get-assessments", "{\"centreId\":\"DEMO\"}");
  }

  private static void run(Api as, String job, String body) throws InterruptedException {
    Api.Reply r = as.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, r.status(), job + ": " + r.body());
    JsonObject done = as.awaitJob(r.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
  }

  private static JsonArray results(String reference) {
    Api.Reply r =
        Api.as("manager").get("/api/v1/centres/DEMO/learners/" + reference + "/bksb/results");
    assertEquals(200, r.status(), r.body());
    return r.structure().asJsonArray();
  }

  /** The level label of the learner's latest initial result per subject, as the API lists them. */
  private static Map<String, String> latestInitial(String reference) {
    Map<String, String> out = new java.util.HashMap<>();
    for (JsonObject r : results(reference).getValuesAs(JsonObject.class)) {
      if (r.getString("type").equals("INITIAL")) {
        out.putIfAbsent(r.getString("subject"), r.getString("levelLabel"));
      }
    }
    return out;
  }

  private static WebElement row(SignedInBrowser b, String reference) {
    return b.driver.findElements(By.cssSelector("#list\\:learners tbody tr")).stream()
        .filter(tr -> tr.findElement(By.cssSelector("td")).getText().equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + reference));
  }

  private static String cell(WebElement row, String cssClass) {
    return row.findElement(By.className(cssClass)).getText();
  }

  private static List<WebElement> resultRows(SignedInBrowser b) {
    return b.driver.findElements(By.cssSelector("#results > tbody > tr"));
  }

  /** Brings what a screenshot is about into view. */
  private static void show(SignedInBrowser b, String id) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", b.driver.findElement(By.id(id)));
  }

  @Test
  void aManagerSeesResultsAndTagsThenGetsANewResult() throws Exception {
    JsonObject before = Api.as("manager").get("/api/v1/centres/DEMO/learners/" + LINKED).json();
    assertTrue(before.getJsonObject("bksb").getBoolean("linked"), before.toString());
    String username = before.getJsonObject("bksb").getString("bksbUsername");
    int held = results(LINKED).size();
    assertTrue(held > 0, "the sync brought results");

    try (SignedInBrowser b = SignedInBrowser.open("manager", "/learners.xhtml?centre=DEMO")) {
      b.driver.findElement(By.id("search:query")).sendKeys("D010");
      b.driver.findElement(By.id("search:go")).click();
      b.wait.until(d -> d.findElement(By.id("list:total")).getText().equals("10"));
      Browser.checkAccessible(b.driver, "learner-list-bksb-columns");
      WebElement linked = row(b, LINKED);
      assertEquals("linked: " + username + " (EMAIL)", cell(linked, "link-status"));
      Map<String, String> levels = latestInitial(LINKED);
      assertEquals(3, levels.size(), levels.toString());
      for (String subject : List.of("ENGLISH", "MATHS", "ICT")) {
        assertEquals(levels.get(subject), cell(linked, "level-" + subject), subject);
      }
      WebElement unlinked = row(b, UNLINKED);
      assertEquals("not linked", cell(unlinked, "link-status"));
      assertEquals("", cell(unlinked, "level-ENGLISH"));

      // From the list to the learner: the name is the link.
      linked
          .findElement(
              By.linkText(before.getString("lastName") + ", " + before.getString("firstName")))
          .click();
      b.wait.until(d -> !d.findElements(By.id("details")).isEmpty());
      Browser.checkAccessible(b.driver, "learner-details");
      assertTrue(b.text("details").contains(LINKED), b.text("details"));
      assertEquals("page", b.driver.findElement(By.id("tab-details")).getAttribute("aria-current"));

      b.driver.findElement(By.id("tab-bksb")).click();
      b.wait.until(d -> !d.findElements(By.id("bksb")).isEmpty());
      Browser.checkAccessible(b.driver, "learner-bksb");
      assertEquals("linked", b.text("link-state"));
      assertEquals("EMAIL", b.text("link-method"));
      assertTrue(b.text("link-user").startsWith(username), b.text("link-user"));
      assertEquals(held, resultRows(b).size());
      String tags = b.text("tags");
      assertTrue(tags.contains("bksb English") && tags.contains("bksb Maths"), tags);

      // A diagnostic's topics open in place.
      WebElement summary = b.driver.findElement(By.cssSelector("#results details summary"));
      summary.click();
      WebElement topics = b.driver.findElement(By.cssSelector("#results details table.topics"));
      assertTrue(
          topics.isDisplayed() && topics.findElements(By.cssSelector("tbody tr")).size() > 0);
      show(b, "results");
      Browser.checkAccessible(b.driver, "learner-bksb-topics");

      // bksb gets a new result for the learner's user, at another level than the latest;
      // "Get latest results" brings it.
      String retake = levels.get("ENGLISH").equals("Entry 1") ? "Level 2" : "Entry 1";
      Api.Reply put =
          Api.as("admin")
              .put(
                  "/bksb-sandbox/admin/users/101/results/10160",
                  "{\"type\":\"INITIAL\",\"subject\":\"ENGLISH\",\"result\":\"English "
                      + retake
                      + "\","
                      + "\"completed\":\"2026-12-01T10:00:00\"}");
      assertEquals(200, put.status(), put.body());
      b.driver.findElement(By.id("refresh:latest")).click();
      b.awaitMessage("1 new, 0 updated");
      show(b, "results");
      Browser.checkAccessible(b.driver, "learner-bksb-refreshed");
      assertEquals(held + 1, resultRows(b).size());
      String newest = resultRows(b).get(0).getText();
      assertTrue(newest.contains("ENGLISH") && newest.contains(retake), newest);
      assertTrue(newest.contains("1 Dec 2026"), newest);

      b.driver.findElement(By.id("refresh:all")).click();
      b.awaitMessage("0 new, 0 updated");

      // The list follows: the retake is the latest English level.
      b.get("/learners.xhtml?centre=DEMO");
      b.driver.findElement(By.id("search:query")).sendKeys(LINKED);
      b.driver.findElement(By.id("search:go")).click();
      b.wait.until(d -> d.findElement(By.id("list:total")).getText().equals("1"));
      assertEquals(retake, cell(row(b, LINKED), "level-ENGLISH"));
    }
  }

  @Test
  void theRestListingCarriesTheLinkAndTheLatestLevels() {
    JsonObject page =
        Api.as("tutor").get("/api/v1/centres/DEMO/learners?query=" + READ_ONLY).json();
    JsonObject item = page.getJsonArray("items").getJsonObject(0);
    assertEquals("EMAIL", item.getJsonObject("bksb").getString("matchMethod"), item.toString());
    JsonObject levels = item.getJsonObject("latestLevels");
    Map<String, String> expected = latestInitial(READ_ONLY);
    assertEquals(expected.keySet(), levels.keySet());
    expected.forEach(
        (subject, label) ->
            assertEquals(label, levels.getJsonObject(subject).getString("levelLabel"), subject));
    JsonObject none = Api.as("tutor").get("/api/v1/centres/DEMO/learners?query=" + UNLINKED).json();
    JsonObject unlinked = none.getJsonArray("items").getJsonObject(0);
    assertFalse(unlinked.getJsonObject("bksb").getBoolean("linked"), unlinked.toString());
  }

  @Test
  void aTutorSeesResultsAndRefreshButNoLinkControlsAndNoRefreshWithoutGetResults()
      throws Exception {
    Api admin = Api.as("admin");
    String grant = "/api/v1/permissions/*/groups/tutor";
    String tutorCommands =
        admin.get("/api/v1/permissions").json().getJsonArray("grants").stream()
            .map(JsonObject.class::cast)
            .filter(
                g ->
                    g.getString("centreId").equals("*")
                        && g.getString("kind").equals("group")
                        && g.getString("name").equals("tutor"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("commands")
            .getValuesAs(JsonString.class)
            .stream()
            .map(s -> "\"" + s.getString() + "\"")
            .collect(Collectors.joining(",", "[", "]"));
    assertTrue(tutorCommands.contains("GET_BKSB_RESULTS"), tutorCommands);
    String page = "/learner.xhtml?centre=DEMO&ref=" + READ_ONLY + "&tab=bksb";
    try (SignedInBrowser b = SignedInBrowser.open("tutor", page)) {
      b.wait.until(d -> !d.findElements(By.id("bksb")).isEmpty());
      show(b, "results");
      Browser.checkAccessible(b.driver, "learner-bksb-tutor");
      assertEquals(results(READ_ONLY).size(), resultRows(b).size());
      assertEquals(1, b.driver.findElements(By.id("refresh:latest")).size());
      assertEquals(1, b.driver.findElements(By.id("refresh:all")).size());
      for (String id :
          List.of("link:unlink", "bksbUser:save", "bksbUser:flag", "linkSearch:query")) {
        assertTrue(b.driver.findElements(By.id(id)).isEmpty(), id + " is offered to a tutor");
      }
      b.driver.findElement(By.id("refresh:latest")).click();
      b.awaitMessage("0 new, 0 updated");

      try {
        assertEquals(200, admin.put(grant, "{\"commands\":[\"BKSB_API_INTEGRATION\"]}").status());
        b.get(page);
        b.wait.until(d -> !d.findElements(By.id("bksb")).isEmpty());
        Browser.checkAccessible(b.driver, "learner-bksb-tutor-no-refresh");
        assertTrue(b.driver.findElements(By.id("refresh:latest")).isEmpty());
        assertTrue(b.driver.findElements(By.id("refresh:all")).isEmpty());
        assertEquals(results(READ_ONLY).size(), resultRows(b).size(), "results still shown");
        assertEquals(
            403,
            Api.as("tutor")
                .post(
                    "/api/v1/centres/DEMO/learners/" + READ_ONLY + "/bksb/results/refresh",
                    "application/json",
                    "")
                .status(),
            "the service refuses too");
      } finally {
        assertEquals(200, admin.put(grant, "{\"commands\":" + tutorCommands + "}").status());
      }
    }
  }

  @Test
  void aManagerLinksBySearchAndUnlinks() throws Exception {
    String learner = "/api/v1/centres/DEMO/learners/" + UNLINKED;
    Api manager = Api.as("manager");
    assertFalse(manager.get(learner).json().getJsonObject("bksb").getBoolean("linked"));
    try (SignedInBrowser b =
        SignedInBrowser.open(
            "manager", "/learner.xhtml?centre=DEMO&ref=" + UNLINKED + "&tab=bksb")) {
      b.wait.until(d -> !d.findElements(By.id("bksb")).isEmpty());
      assertEquals("not linked", b.text("link-state"));
      assertTrue(b.driver.findElements(By.id("refresh:latest")).isEmpty(), "nothing to refresh");

      // No query: the matcher's suggestion comes first (its email is unknown to bksb, but not its
      // name).
      b.driver.findElement(By.id("linkSearch:search")).click();
      b.wait.until(
          d -> !d.findElements(By.cssSelector("#linkSearch\\:candidates tbody tr")).isEmpty());
      show(b, "linkSearch:candidates");
      Browser.checkAccessible(b.driver, "learner-link-search");
      assertTrue(b.text("linkSearch:status").contains("bksb users"), b.text("linkSearch:status"));
      WebElement first = b.driver.findElement(By.cssSelector("#linkSearch\\:candidates tbody tr"));
      assertTrue(first.getText().contains("(id 102)"), first.getText());
      assertTrue(
          first.getText().contains("Suggested: same name and date of birth"), first.getText());

      first.findElement(By.cssSelector("input[type=submit]")).click();
      b.awaitMessage("Linked to bksb user");
      Browser.checkAccessible(b.driver, "learner-linked-manually");
      assertEquals("linked", b.text("link-state"));
      assertEquals("MANUAL", b.text("link-method"));
      assertTrue(b.text("link-user").endsWith("(id 102)"), b.text("link-user"));
      assertEquals(
          "MANUAL", manager.get(learner).json().getJsonObject("bksb").getString("matchMethod"));

      b.driver.findElement(By.id("link:unlink")).click();
      b.awaitMessage("Unlinked");
      Browser.checkAccessible(b.driver, "learner-unlinked");
      assertEquals("not linked", b.text("link-state"));
      assertFalse(manager.get(learner).json().getJsonObject("bksb").getBoolean("linked"));

      // The bksb user details: flagged with a user name, then as the MIS sent them again.
      b.driver.findElement(By.id("bksbUser:flag")).click();
      b.driver.findElement(By.id("bksbUser:bksbUsername")).sendKeys("page.test.d0102");
      b.driver.findElement(By.id("bksbUser:save")).click();
      b.awaitMessage("bksb user details saved");
      JsonObject flagged = manager.get(learner).json();
      assertTrue(flagged.getBoolean("bksbUser"), flagged.toString());
      assertEquals("page.test.d0102", flagged.getString("bksbUsername"));
      assertTrue(b.driver.findElement(By.id("bksbUser:flag")).isSelected());
      b.driver.findElement(By.id("bksbUser:flag")).click();
      b.driver.findElement(By.id("bksbUser:bksbUsername")).clear();
      // The page shows this message already: wait for the next page before looking for it.
      WebElement saved = b.driver.findElement(By.id("messages"));
      b.driver.findElement(By.id("bksbUser:save")).click();
      b.wait.until(Browser.replaced(saved));
      b.awaitMessage("bksb user details saved");
      JsonObject restored = manager.get(learner).json();
      assertFalse(restored.getBoolean("bksbUser"));
      assertFalse(restored.containsKey("bksbUsername"), restored.toString());
    } finally {
      manager.delete(learner + "/bksb/link");
    }
  }

  @Test
  void markupInABksbUsersNameIsShownAsText() throws Exception {
    SandboxUser original = new SandboxGenerator(42, 300, 6).user(NAMED_USER);
    Api admin = Api.as("admin");
    String first = "<script>window.xss = 1</script>Eve";
    String last = "<img src=x onerror=\"window.xss = 2\">Scripter";
    String user = "/bksb-sandbox/admin/users/" + NAMED_USER;
    try {
      assertEquals(200, admin.put(user, userJson(original, first, last)).status());
      run(Api.as("manager"), "bksb-get-users", "{}");
      try (SignedInBrowser b =
          SignedInBrowser.open(
              "manager", "/learner.xhtml?centre=DEMO&ref=" + UNLINKED + "&tab=bksb")) {
        b.wait.until(d -> !d.findElements(By.id("linkSearch:query")).isEmpty());
        b.driver.findElement(By.id("linkSearch:query")).sendKeys(original.username());
        b.driver.findElement(By.id("linkSearch:search")).click();
        b.wait.until(
            d -> d.findElements(By.cssSelector("#linkSearch\\:candidates tbody tr")).size() == 1);
        show(b, "linkSearch:candidates");
        Browser.checkAccessible(b.driver, "learner-link-search-markup");
        String shown = b.text("linkSearch:candidates");
        assertTrue(shown.contains(first + " " + last), shown);
        assertTrue(
            b.driver
                .findElements(
                    By.cssSelector("#linkSearch\\:candidates script, #linkSearch\\:candidates img"))
                .isEmpty(),
            "markup from bksb became elements");
        assertEquals(
            Boolean.TRUE,
            ((JavascriptExecutor) b.driver).executeScript("return window.xss === undefined;"),
            "a script from bksb ran");
      }
    } finally {
      admin.put(user, userJson(original, original.firstName(), original.lastName()));
      run(Api.as("manager"), "bksb-get-users", "{}");
    }
  }

  private static String userJson(SandboxUser u, String first, String last) {
    return jakarta.json.Json.createObjectBuilder()
        .add("username", u.username())
        .add("email", u.email())
        .add("firstName", first)
        .add("lastName", last)
        .add("dateOfBirth", u.dateOfBirth().toString())
        .build()
        .toString();
  }

  @Test
  void thePrintableRecordListsInitialAndDiagnosticResults() throws Exception {
    JsonArray all = results(READ_ONLY);
    long initial =
        all.stream().filter(r -> r.asJsonObject().getString("type").equals("INITIAL")).count();
    long diagnostic = all.size() - initial;
    assertTrue(initial > 0 && diagnostic > 0, all.toString());
    String page = "/learner-record.xhtml?centre=DEMO&ref=" + READ_ONLY;
    try (SignedInBrowser b = SignedInBrowser.open("manager", page)) {
      b.wait.until(d -> !d.findElements(By.id("who")).isEmpty());
      Browser.checkAccessible(b.driver, "learner-record");
      assertEquals(initial, b.driver.findElements(By.cssSelector("#initial tbody tr")).size());
      assertEquals(
          diagnostic, b.driver.findElements(By.cssSelector("#diagnostic tbody tr")).size());
      String table = b.text("initial");
      JsonObject newest =
          all.stream()
              .map(JsonObject.class::cast)
              .filter(r -> r.getString("type").equals("INITIAL"))
              .findFirst()
              .orElseThrow();
      assertTrue(
          table.contains(String.valueOf(newest.getJsonNumber("sessionId").longValue())), table);
      assertTrue(table.contains(newest.getString("levelLabel")), table);
      assertTrue(b.text("produced").contains("manager"), b.text("produced"));
      assertTrue(b.driver.findElement(By.id("print")).isDisplayed());

      // Printed: no menu, no buttons; the record itself stays.
      ((ChromeDriver) b.driver)
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertFalse(b.driver.findElement(By.cssSelector("header.top")).isDisplayed());
      assertFalse(b.driver.findElement(By.id("print")).isDisplayed());
      assertTrue(b.driver.findElement(By.id("initial")).isDisplayed());
      Browser.screenshot(b.driver, "learner-record-print");
    }
    try (SignedInBrowser b = SignedInBrowser.open("manager.north", page)) {
      b.wait.until(d -> !d.findElements(By.id("messages")).isEmpty());
      assertTrue(b.text("messages").contains("no centre with id DEMO"), b.text("messages"));
      assertTrue(b.driver.findElements(By.id("who")).isEmpty());
      Browser.checkAccessible(b.driver, "learner-record-other-centre");
    }
  }
}
