package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dev user {@code learner} (DEMO's D0163 by its web username, no grant) after the DEMO sync:
 * their own dashboard with their latest results and the bksb button, and nothing of anyone else's.
 * Only sandbox user 163 is changed here, and put back.
 */
@ExtendWith(ArquillianExtension.class)
class MyBksbPageIT {
  private static final String REF = "D0163";
  private static final long BKSB_USER = 163;
  private static final String OTHER = "D0001";

  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");
  private final Api learner = Api.as("learner");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** The DEMO sync, so that D0163 is linked and has results (again harmless if it was). */
  @BeforeEach
  void demoSynced() throws InterruptedException {
    run("bksb-get-users", "{}");
    run("bksb-match-users", "{\"centreId\":\"DEMO\"}");
    // The default partitions, starting together on Liberty's job tables (on Derby too: jvm.options,
    // db-derby.xml).
    run("bksb-get-assessments", "{\"centreId\":\"DEMO\"}");
    JsonObject own = manager.get("/api/v1/centres/DEMO/learners/" + REF).json();
    assertEquals("learner", own.getString("webUsername"), "DemoData names D0163's web username");
    assertEquals(BKSB_USER, own.getJsonObject("bksb").getJsonNumber("bksbUserId").longValue());
  }

  private void run(String job, String body) throws InterruptedException {
    Api.Reply r = admin.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, r.status(), r.body());
    JsonObject done = admin.awaitJob(r.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
  }

  /** subject + type to level label, the latest of each, from the staff API's full list. */
  private Map<String, String> latestAsStaffSeeIt() {
    Map<String, String> latest = new LinkedHashMap<>();
    manager
        .get("/api/v1/centres/DEMO/learners/" + REF + "/bksb/results")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .forEach(
            r ->
                latest.putIfAbsent(
                    r.getString("subject") + " " + r.getString("type"), r.getString("levelLabel")));
    return latest;
  }

  @Test
  void theLearnerSeesTheirLatestResultsAndTheBksbButtonOpensBksbSignedIn() throws Exception {
    Map<String, String> latest = latestAsStaffSeeIt();
    assertEquals(6, latest.size(), "initial and diagnostic in three subjects: " + latest);

    // The API for portals says the same.
    JsonObject mine = demoRecord(learner.get("/api/v1/me/bksb").json());
    assertEquals(REF, mine.getString("reference"));
    assertEquals("AUTO_LOGIN", mine.getString("button"));
    assertEquals(6, mine.getJsonArray("latest").size(), mine.toString());
    Api.Reply link =
        learner.post("/api/v1/me/bksb/login-link", "application/json", "{\"centreId\":\"DEMO\"}");
    assertEquals(200, link.status(), link.body());
    String url = link.json().getString("url");
    assertTrue(url.startsWith("https://sandbox.bksb.invalid/autologin/163?token="), url);

    try (SignedInBrowser b = SignedInBrowser.open("learner", "/index.xhtml")) {
      // Home is their dashboard: they hold no staff grant.
      b.wait.until(d -> d.getCurrentUrl().contains("/me.xhtml"));
      b.wait.until(d -> !d.findElements(By.cssSelector("section[data-centre='DEMO']")).isEmpty());
      Browser.checkAccessible(b.driver, "my-bksb-learner");
      assertEquals(List.of("My bksb"), menu(b));
      WebElement demo = b.driver.findElement(By.cssSelector("section[data-centre='DEMO']"));
      assertEquals(REF, demo.findElement(By.className("reference")).getText());
      assertEquals(
          mine.getString("bksbUsername"), demo.findElement(By.className("bksb-account")).getText());
      List<WebElement> rows = demo.findElements(By.cssSelector("table.results tbody tr"));
      assertEquals(6, rows.size());
      for (WebElement row : rows) {
        List<String> cells =
            row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
        String key =
            cells.get(0).toUpperCase(java.util.Locale.ROOT)
                + " "
                + (cells.get(1).startsWith("Initial") ? "INITIAL" : "DIAGNOSTIC");
        assertEquals(latest.get(key), cells.get(2), key + ": " + cells);
        assertFalse(cells.get(5).isBlank(), "completed: " + cells);
      }

      // The button's post answers a page that goes on to bksb's sign-in link, asked for at the
      // press (not a redirect: the CSP's form-action 'self' stops a form post going elsewhere).
      WebElement button = demo.findElement(By.cssSelector("input.bksb"));
      HttpResponse<String> pressed = replay(b, button);
      assertEquals(200, pressed.statusCode(), pressed.body());
      java.util.regex.Matcher refresh =
          java.util.regex.Pattern.compile(
                  "<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\"")
              .matcher(pressed.body());
      assertTrue(refresh.find(), pressed.body());
      String target = refresh.group(1).replace("&amp;", "&");
      assertTrue(target.startsWith("https://sandbox.bksb.invalid/autologin/163?token="), target);
      String cache = pressed.headers().firstValue("Cache-Control").orElse("");
      assertTrue(cache.contains("no-store"), cache);

      // And the browser goes there (the sandbox's host does not exist: the address is what counts).
      button.click();
      b.wait.until(d -> !d.getCurrentUrl().startsWith(Deployments.baseUrl()));
      String reached = b.driver.getCurrentUrl();
      assertTrue(reached.startsWith("https://sandbox.bksb.invalid/autologin/163?token="), reached);
    }
  }

  @Test
  void theLearnerReachesNoOtherLearnerNorAnyStaffPageOrApi() throws Exception {
    JsonObject other = manager.get("/api/v1/centres/DEMO/learners/" + OTHER).json();
    String otherName = other.getString("lastName") + ", " + other.getString("firstName");
    long execution =
        manager
            .get("/api/v1/jobs/executions?centreId=DEMO")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("executionId")
            .longValue();

    for (String path :
        List.of(
            "/api/v1/centres/DEMO",
            "/api/v1/centres/DEMO/learners",
            "/api/v1/centres/DEMO/learners/" + OTHER,
            "/api/v1/centres/DEMO/learners/" + OTHER + "/bksb/results",
            // Their own record through the staff API: no more than their dashboard gives.
            "/api/v1/centres/DEMO/learners/" + REF,
            "/api/v1/centres/DEMO/learners/" + REF + "/bksb/results",
            "/api/v1/centres/DEMO/reports/bksb-unmatched",
            "/api/v1/centres/DEMO/reports/bksb-results",
            "/api/v1/centres/DEMO/bksb/settings",
            "/api/v1/centres/DEMO/bksb/calls",
            "/api/v1/jobs/executions/" + execution)) {
      assertEquals(404, learner.get(path).status(), path);
    }
    assertEquals(403, learner.get("/api/v1/schedule").status());
    assertEquals(403, learner.get("/api/v1/permissions").status());
    assertEquals(
        404,
        learner
            .post(
                "/api/v1/centres/DEMO/learners/" + OTHER + "/bksb/results/refresh",
                "application/json",
                "{}")
            .status());
    assertEquals(
        404,
        learner
            .post("/api/v1/jobs/bksb-match-users", "application/json", "{\"centreId\":\"DEMO\"}")
            .status());
    assertEquals("[]", learner.get("/api/v1/centres").body().replace(" ", ""));
    assertEquals(0, learner.get("/api/v1/jobs/executions").json().getJsonArray("items").size());
    // Their login link names the record; another's is no record of theirs.
    assertEquals(
        404,
        learner
            .post(
                "/api/v1/me/bksb/login-link",
                "application/json",
                "{\"centreId\":\"DEMO\",\"reference\":\"" + OTHER + "\"}")
            .status());

    try (SignedInBrowser b = SignedInBrowser.open("learner", "/me.xhtml")) {
      b.wait.until(d -> !d.findElements(By.cssSelector("section[data-centre='DEMO']")).isEmpty());
      assertEquals(List.of("My bksb"), menu(b));
      Map<String, Integer> statuses = new LinkedHashMap<>();
      for (String page :
          List.of(
              "learner.xhtml?centre=DEMO&ref=" + OTHER,
              "learners.xhtml?centre=DEMO",
              "learners.xhtml",
              "integration.xhtml?centre=DEMO",
              "calls.xhtml?centre=DEMO",
              "jobs.xhtml?centre=DEMO",
              "jobs.xhtml?execution=" + execution,
              "schedule.xhtml",
              "permissions.xhtml")) {
        HttpResponse<String> r = get(b, "/" + page);
        statuses.put(page, r.statusCode());
        assertFalse(r.body().contains(otherName), page + " shows " + otherName);
        assertFalse(r.body().contains(OTHER), page + " names " + OTHER);
        if (r.statusCode() == 200) {
          // Whatever a page shows a caller without grants, it is no centre's data: a centre's
          // page says the centre does not exist for them, the jobs console lists no run.
          assertFalse(r.body().contains("Demo College"), page);
          assertTrue(
              page.equals("learners.xhtml")
                  || r.body().contains("no centre with id DEMO")
                  || (page.startsWith("jobs.xhtml") && r.body().contains("No runs to show")),
              page + ": " + r.body());
        }
        b.driver.get(Deployments.baseUrl() + "/" + page);
        b.wait.until(d -> !d.findElements(By.tagName("main")).isEmpty());
        Browser.checkAccessible(b.driver, "my-bksb-learner-refused-" + page.replaceAll("\\W", "-"));
      }
      // The other learner's page does not exist for them (403/404), whichever branch built it.
      int learnerPage = statuses.get("learner.xhtml?centre=DEMO&ref=" + OTHER);
      assertTrue(learnerPage == 403 || learnerPage == 404, statuses.toString());
      assertEquals(403, statuses.get("schedule.xhtml"), statuses.toString());
      assertEquals(403, statuses.get("permissions.xhtml"), statuses.toString());
      System.out.println("Pages as the learner: " + statuses);
    }
  }

  @Test
  void aRecordNotLinkedYetSaysSoAndItsButtonIsTheCentresAddressIfAny() throws Exception {
    String college = "https://college.example.ac.uk/bksb?from=bridge&x=1";
    String centre = admin.centreOnTheSandbox("LD", "\"linkButtonUrl\":\"" + college + "\"");
    String record = "/api/v1/centres/" + centre + "/learners/L1";
    assertEquals(
        201,
        admin
            .put(record, "{\"firstName\":\"Lee\",\"lastName\":\"Two\",\"webUsername\":\"learner\"}")
            .status());
    String section = "section[data-centre='" + centre + "']";
    try (SignedInBrowser b = SignedInBrowser.open("learner", "/me.xhtml")) {
      b.wait.until(d -> !d.findElements(By.cssSelector(section)).isEmpty());
      Browser.checkAccessible(b.driver, "my-bksb-not-linked");
      WebElement mine = b.driver.findElement(By.cssSelector(section));
      assertEquals("not linked yet", mine.findElement(By.className("bksb-account")).getText());
      assertTrue(mine.findElement(By.className("not-linked")).getText().contains("not linked"));
      assertTrue(mine.findElements(By.cssSelector("table.results")).isEmpty());
      // DEMO's record is still there, linked: one section per centre.
      assertEquals(1, b.driver.findElements(By.cssSelector("section[data-centre='DEMO']")).size());

      HttpResponse<String> pressed = replay(b, mine.findElement(By.cssSelector("input.bksb")));
      assertTrue(
          pressed.body().contains("content=\"0; url=" + college.replace("&", "&amp;") + "\""),
          pressed.body());

      // Without the centre's address there is no button, and the page says why.
      assertEquals(
          200,
          admin
              .put("/api/v1/centres/" + centre + "/bksb/settings", "{\"linkButtonUrl\":null}")
              .status());
      b.get("/me.xhtml");
      WebElement again = b.driver.findElement(By.cssSelector(section));
      assertTrue(again.findElements(By.cssSelector("input.bksb")).isEmpty());
      assertTrue(
          again.findElement(By.className("no-button")).getText().contains("no bksb address"));
      Browser.checkAccessible(b.driver, "my-bksb-no-button");
    } finally {
      assertEquals(200, admin.delete(record).status());
    }
    assertEquals(
        List.of("DEMO"),
        learner
            .get("/api/v1/me/bksb")
            .json()
            .getJsonArray("records")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getString("centreId"))
            .toList(),
        "an archived record is no longer theirs");
  }

  @Test
  void staffHaveNoDashboardAndKeepTheirMenuAndHome() throws Exception {
    assertEquals(403, manager.get("/api/v1/me/bksb").status());
    try (SignedInBrowser b = SignedInBrowser.open("manager", "/index.xhtml")) {
      b.wait.until(d -> !d.findElements(By.id("centres")).isEmpty());
      assertTrue(b.driver.getCurrentUrl().contains("/index.xhtml"), b.driver.getCurrentUrl());
      List<String> menu = menu(b);
      assertTrue(menu.containsAll(List.of("Home", "Learners", "Jobs")), menu.toString());
      assertFalse(menu.contains("My bksb"), menu.toString());
      assertEquals(403, get(b, "/me.xhtml").statusCode());
      b.get("/me.xhtml");
      assertTrue(b.text("no-record").contains("No learner record"));
      assertTrue(b.text("messages").contains("for learners only"), b.text("messages"));
      Browser.checkAccessible(b.driver, "my-bksb-staff");
    }
  }

  @Test
  void aScriptInTheirBksbUserNameIsShownAsText() throws Exception {
    Api sandbox = Api.as("sandbox-key", "sandbox-secret");
    String username =
        manager
            .get("/api/v1/centres/DEMO/learners/" + REF)
            .json()
            .getJsonObject("bksb")
            .getString("bksbUsername");
    JsonObject original =
        sandbox
            .get("/bksb-sandbox/api/users/search?page=1&recordsPerPage=5&query=" + username)
            .json()
            .getJsonArray("Users")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(u -> u.getJsonNumber("UserId").longValue() == BKSB_USER)
            .findFirst()
            .orElseThrow();
    String hostile = "<script>document.title='owned'</script>" + BKSB_USER;
    try {
      putSandboxUser(original, hostile);
      run("bksb-get-users", "{}");
      relink();
      try (SignedInBrowser b = SignedInBrowser.open("learner", "/me.xhtml")) {
        b.wait.until(d -> !d.findElements(By.cssSelector("section[data-centre='DEMO']")).isEmpty());
        Browser.checkAccessible(b.driver, "my-bksb-script-in-name");
        WebElement demo = b.driver.findElement(By.cssSelector("section[data-centre='DEMO']"));
        assertEquals(hostile, demo.findElement(By.className("bksb-account")).getText());
        assertTrue(demo.findElements(By.tagName("script")).isEmpty(), "a script became an element");
        assertFalse(b.driver.getTitle().contains("owned"), b.driver.getTitle());
      }
    } finally {
      putSandboxUser(original, original.getString("Username"));
      run("bksb-get-users", "{}");
      relink();
    }
    assertEquals(
        username,
        manager
            .get("/api/v1/centres/DEMO/learners/" + REF)
            .json()
            .getJsonObject("bksb")
            .getString("bksbUsername"));
  }

  private void putSandboxUser(JsonObject u, String username) {
    String dob = u.isNull("DateOfBirth") ? null : u.getString("DateOfBirth");
    String body =
        Json.object(
            Map.of(
                "username", username,
                "email", u.getString("Email"),
                "firstName", u.getString("Firstname"),
                "lastName", u.getString("Lastname"),
                "dateOfBirth", dob == null ? "" : dob.substring(0, 10)));
    Api.Reply r = admin.put("/bksb-sandbox/admin/users/" + BKSB_USER, body);
    assertEquals(200, r.status(), r.body());
  }

  /** A link keeps the user name it was made with: linking again takes the stored user's. */
  private void relink() {
    Api.Reply r =
        manager.put(
            "/api/v1/centres/DEMO/learners/" + REF + "/bksb/link",
            "{\"bksbUserId\":" + BKSB_USER + "}");
    assertEquals(200, r.status(), r.body());
  }

  private static JsonObject demoRecord(JsonObject view) {
    return view.getJsonArray("records").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("centreId").equals("DEMO"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DEMO record: " + view));
  }

  private static List<String> menu(SignedInBrowser b) {
    return b.driver.findElements(By.cssSelector("header.top nav a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The page as this session gets it, without following redirects: its status and body. */
  private static HttpResponse<String> get(SignedInBrowser b, String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .header("Cookie", b.cookieHeader())
            .GET());
  }

  /** The button's own form, posted under the browser's session, as the browser would. */
  private static HttpResponse<String> replay(SignedInBrowser b, WebElement button)
      throws Exception {
    WebElement form = button.findElement(By.xpath("./ancestor::form"));
    List<String> fields = new ArrayList<>();
    for (WebElement hidden : form.findElements(By.cssSelector("input[type='hidden']"))) {
      fields.add(enc(hidden.getAttribute("name")) + "=" + enc(hidden.getAttribute("value")));
    }
    fields.add(enc(button.getAttribute("name")) + "=" + enc(button.getAttribute("value")));
    String action =
        URI.create(b.driver.getCurrentUrl()).resolve(form.getAttribute("action")).toString();
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Cookie", b.cookieHeader())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields.stream().collect(Collectors.joining("&")))));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    // HTTP/1.1: the JDK client's h2c upgrade of a POST with a body hangs Liberty's answer.
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            request.version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A flat JSON object of strings. */
  private static final class Json {
    static String object(Map<String, String> values) {
      return values.entrySet().stream()
          .filter(e -> !e.getValue().isEmpty())
          .map(
              e ->
                  jakarta.json.Json.createValue(e.getKey()).toString()
                      + ":"
                      + jakarta.json.Json.createValue(e.getValue()).toString())
          .collect(Collectors.joining(",", "{", "}"));
    }
  }
}
