package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reports pages over DEMO after its sync: linking a suggestion from BKSB Unmatched, the CSV
 * downloads against the pages, the results chart against its table and the API, markup from bksb
 * shown as text, and who may not see them. Linking changes DEMO for other tests: this class links
 * only learners whose sandbox users are 131 to 160, changes names only of users 271 to 280, and
 * undoes both.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsPageIT {
  private static final Api ADMIN = Api.as("admin");
  private static final Api MANAGER = Api.as("manager");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** D0133's MIS email has a +tag: unmatched, with its own bksb user 133 suggested. */
  private static final String TAGGED = "D0133";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeAll
  static void demoIsSynchronised() throws Exception {
    run("bksb-get-users", "{}");
    run("bksb-match-users", "{\"centreId\":\"DEMO\"}");
    // One partition: Liberty's job tables on Derby time out when partitions start together.
    run("bksb-get-assessments", "{\"centreId\":\"DEMO\",\"partitions\":\"1\"}");
  }

  private static void run(String job, String body) throws InterruptedException {
    Api.Reply r = ADMIN.post("/api/v1/jobs/" + job, "application/json", body);
    assertEquals(202, r.status(), job + ": " + r.body());
    JsonObject done = ADMIN.awaitJob(r.json().getJsonNumber("executionId").longValue());
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
  }

  @Test
  void aManagerLinksASuggestedLearnerAndTheRowGoes() throws Exception {
    try (SignedInBrowser b = SignedInBrowser.open("manager", "/index.xhtml")) {
      b.driver.findElement(By.id("nav-reports")).click();
      b.wait.until(d -> d.getCurrentUrl().contains("/reports-unmatched.xhtml"));
      b.wait.until(d -> !d.findElements(By.id("filters:centre")).isEmpty());
      Browser.checkAccessible(b.driver, "reports-unmatched");
      b.get("/reports-unmatched.xhtml?centre=DEMO&q=" + TAGGED);
      List<WebElement> rows = learnerRows(b);
      assertEquals(1, rows.size(), b.text("report"));
      assertTrue(rows.get(0).getText().contains("no bksb user with this email"), rows.toString());
      WebElement link =
          b.driver.findElement(
              By.cssSelector(
                  "#report\\:learners button[data-reference='"
                      + TAGGED
                      + "']"
                      + "[data-bksb-user='133'], #report\\:learners input[data-reference='"
                      + TAGGED
                      + "'][data-bksb-user='133']"));
      assertTrue(link.getAttribute("aria-label").startsWith("Link learner " + TAGGED), "named");
      Browser.checkAccessible(b.driver, "reports-unmatched-filtered");
      try {
        // By keyboard: Enter on the focused button.
        link.sendKeys(Keys.ENTER);
        b.await(
            "empty list after the Link",
            d -> !d.findElements(By.id("report:no-learners")).isEmpty());
        assertTrue(
            b.text("link-outcome").startsWith("Linked learner " + TAGGED), b.text("link-outcome"));
        assertTrue(learnerRows(b).isEmpty(), "the linked learner's row is gone");
        Object focused =
            ((JavascriptExecutor) b.driver).executeScript("return document.activeElement.id;");
        assertEquals("learners-heading", focused, "focus is not lost with the removed row");
        Browser.checkAccessible(b.driver, "reports-unmatched-linked");
        JsonObject learner = MANAGER.get("/api/v1/centres/DEMO/learners/" + TAGGED).json();
        assertEquals(
            "MANUAL", learner.getJsonObject("bksb").getString("matchMethod"), learner.toString());
        assertEquals(133, learner.getJsonObject("bksb").getInt("bksbUserId"), learner.toString());
        // A reload agrees: the learner is matched now.
        b.get("/reports-unmatched.xhtml?centre=DEMO&q=" + TAGGED);
        assertEquals("0", totalOrZero(b));
      } finally {
        MANAGER.delete("/api/v1/centres/DEMO/learners/" + TAGGED + "/bksb/link");
      }
    }
  }

  @Test
  void theCsvDownloadsHoldWhatThePagesList() throws Exception {
    try (SignedInBrowser b =
        SignedInBrowser.open(
            "manager", "/reports-unmatched.xhtml?centre=DEMO&reason=EMAIL_NOT_VERIFIED")) {
      // Every page of the learners the filter keeps, by the pager's links.
      List<List<String>> shown = new ArrayList<>();
      while (true) {
        for (WebElement row : learnerRows(b)) {
          List<WebElement> td = row.findElements(By.tagName("td"));
          shown.add(
              List.of(
                  td.get(0).getText(),
                  td.get(1).getText(),
                  td.get(2).getText(),
                  td.get(3).getText()));
        }
        WebElement next = b.driver.findElement(By.id("report:learners-next"));
        if (!next.getTagName().equals("a")) {
          break;
        }
        String before = b.text("report:learners");
        next.click();
        b.wait.until(d -> !d.findElement(By.id("report:learners")).getText().equals(before));
      }
      assertTrue(shown.size() > 25, "more than one page: " + shown.size());
      Browser.checkAccessible(b.driver, "reports-unmatched-last-page");
      List<List<String>> csv =
          csv(b, b.driver.findElement(By.id("learners-csv")).getAttribute("href"));
      List<List<String>> fromCsv = new ArrayList<>();
      for (List<String> c : csv) {
        assertEquals("learner", c.get(0));
        fromCsv.add(List.of(c.get(1), c.get(5) + ", " + c.get(4), c.get(6), c.get(7)));
      }
      assertEquals(shown, fromCsv);

      // The bksb users, every page, against their CSV.
      List<List<String>> users = new ArrayList<>();
      b.get("/reports-unmatched.xhtml?centre=DEMO");
      while (true) {
        for (WebElement row : b.driver.findElements(By.cssSelector("#report\\:users tbody tr"))) {
          List<WebElement> td = row.findElements(By.tagName("td"));
          users.add(List.of(td.get(0).getText(), td.get(1).getText(), td.get(3).getText()));
        }
        WebElement next = b.driver.findElement(By.id("report:users-next"));
        if (!next.getTagName().equals("a")) {
          break;
        }
        String before = b.text("report:users");
        next.click();
        b.wait.until(d -> !d.findElement(By.id("report:users")).getText().equals(before));
      }
      List<List<String>> userCsv = new ArrayList<>();
      for (List<String> c : csv(b, b.driver.findElement(By.id("users-csv")).getAttribute("href"))) {
        assertEquals("bksbUser", c.get(0));
        userCsv.add(List.of(c.get(2), c.get(3), c.get(6)));
      }
      assertTrue(users.size() > 25, "several pages of users: " + users.size());
      assertEquals(users, userCsv);
    }
  }

  /**
   * The paged lists against the whole report (still answered without a section): every reason,
   * whether the database decides it or the explainer does, and a text filter, page by page.
   */
  @Test
  void theListsPageAsTheWholeReportLists() {
    JsonObject whole = MANAGER.get("/api/v1/centres/DEMO/reports/bksb-unmatched").json();
    List<JsonObject> learners = whole.getJsonArray("learners").getValuesAs(JsonObject.class);
    List<String> reasons = new ArrayList<>();
    reasons.add(null);
    learners.stream().map(l -> l.getString("reasonCode")).distinct().forEach(reasons::add);
    assertTrue(
        reasons.containsAll(List.of("EMAIL_NOT_VERIFIED", "NO_BKSB_USER_WITH_EMAIL", "AMBIGUOUS")),
        reasons.toString());
    for (String reason : reasons) {
      List<String> expected =
          learners.stream()
              .filter(l -> reason == null || l.getString("reasonCode").equals(reason))
              .map(l -> l.getString("reference"))
              .toList();
      assertEquals(
          expected,
          pages("learners", reason == null ? "" : "&reason=" + reason, "reference"),
          String.valueOf(reason));
    }
    // Text anywhere in the email, case-insensitive: DEMO's +tagged addresses.
    List<String> tagged =
        learners.stream()
            .filter(l -> !l.isNull("email") && l.getString("email").contains("+college"))
            .map(l -> l.getString("reference"))
            .toList();
    assertFalse(tagged.isEmpty());
    assertEquals(tagged, pages("learners", "&q=%2BCOLLEGE", "reference"));
    List<String> users =
        whole.getJsonArray("bksbUsers").getValuesAs(JsonObject.class).stream()
            .map(u -> String.valueOf(u.getJsonNumber("bksbUserId").longValue()))
            .toList();
    assertEquals(users, pages("bksbUsers", "", "bksbUserId"));
    Api.Reply noSection = MANAGER.get("/api/v1/centres/DEMO/reports/bksb-unmatched?page=2");
    assertEquals(400, noSection.status());
    assertTrue(noSection.body().contains("section"), noSection.body());
    // The CSV without a section is the one table of both lists it always was.
    Api.Reply csv =
        MANAGER.send("GET", "/api/v1/centres/DEMO/reports/bksb-unmatched", null, null, "text/csv");
    List<List<String>> records = parse(csv.body());
    assertEquals("section", records.get(0).get(0));
    assertEquals(1 + learners.size() + users.size(), records.size());
  }

  /** One field of every item of a list, read 7 at a time through ?page=&size=. */
  private static List<String> pages(String section, String filters, String field) {
    List<String> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject p =
          MANAGER
              .get(
                  "/api/v1/centres/DEMO/reports/bksb-unmatched?section="
                      + section
                      + filters
                      + "&size=7&page="
                      + page)
              .json();
      List<JsonObject> items = p.getJsonArray("items").getValuesAs(JsonObject.class);
      items.forEach(i -> out.add(i.get(field).toString().replace("\"", "")));
      if (items.size() < 7) {
        assertEquals(out.size(), p.getJsonNumber("total").longValue(), section + filters);
        return out;
      }
    }
  }

  @Test
  void theResultsChartShowsTheCohortAsItsTableAndTheApiDo() throws Exception {
    try (SignedInBrowser b =
        SignedInBrowser.open("manager", "/reports-results.xhtml?centre=DEMO")) {
      Map<String, Map<String, Integer>> table = chartMatchesTable(b);
      JsonObject json = MANAGER.get("/api/v1/centres/DEMO/reports/bksb-results").json();
      assertEquals(levels(json), table);
      assertTrue(
          table.values().stream().mapToInt(m -> m.values().stream().mapToInt(i -> i).sum()).sum()
              > 100,
          "the cohort's levels: " + table);
      Browser.checkAccessible(b.driver, "reports-results");

      // Applicants only, through the form.
      new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("filters:kind")))
          .selectByValue("APPLICANT");
      b.driver.findElement(By.id("filters:show")).click();
      b.wait.until(d -> d.getCurrentUrl().contains("kind=APPLICANT"));
      Map<String, Map<String, Integer>> applicants = chartMatchesTable(b);
      JsonObject applicantJson =
          MANAGER.get("/api/v1/centres/DEMO/reports/bksb-results?kind=APPLICANT").json();
      assertEquals(levels(applicantJson), applicants);
      assertFalse(applicants.equals(table), "the filter changed the figures");
      Browser.checkAccessible(b.driver, "reports-results-applicants");

      List<List<String>> csv =
          csv(b, b.driver.findElement(By.id("results-csv")).getAttribute("href"));
      assertEquals(applicantJson.getJsonArray("rows").size(), csv.size());
      assertTrue(csv.stream().allMatch(r -> r.get(3).equals("APPLICANT")), csv.toString());
    }
  }

  /** Reads the chart's own option and the table; both must hold the same counts. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Integer>> chartMatchesTable(SignedInBrowser b) {
    JavascriptExecutor js = (JavascriptExecutor) b.driver;
    b.wait.until(
        d ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return !!(window.echarts && echarts.getInstanceByDom(document.getElementById('chart')));")));
    WebElement chart = b.driver.findElement(By.id("chart"));
    assertEquals("img", chart.getAttribute("role"));
    assertTrue(
        chart.getAttribute("aria-label").contains("per subject"), chart.getAttribute("aria-label"));
    Map<String, Object> option =
        (Map<String, Object>)
            js.executeScript(
                "var o = echarts.getInstanceByDom(document.getElementById('chart')).getOption();"
                    + "return {subjects: o.xAxis[0].data, series: o.series.map(function (s) {"
                    + " return {name: s.name, stack: s.stack, data: s.data}; })};");
    List<String> subjects = (List<String>) option.get("subjects");
    List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
    List<String> levelCodes = new ArrayList<>();
    List<String> levelLabels = new ArrayList<>();
    for (WebElement th : b.driver.findElements(By.cssSelector("#levels thead th[data-level]"))) {
      levelCodes.add(th.getAttribute("data-level"));
      levelLabels.add(th.getText());
    }
    assertEquals(levelLabels, series.stream().map(s -> (String) s.get("name")).toList());
    assertTrue(series.stream().allMatch(s -> "levels".equals(s.get("stack"))), "stacked bars");
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#levels tbody tr"));
    assertEquals(subjects.size(), rows.size());
    for (int r = 0; r < rows.size(); r++) {
      WebElement row = rows.get(r);
      assertEquals(subjects.get(r), row.findElement(By.tagName("th")).getText());
      List<WebElement> td = row.findElements(By.tagName("td"));
      Map<String, Integer> counts = new TreeMap<>();
      for (int c = 0; c < levelCodes.size(); c++) {
        int n = Integer.parseInt(td.get(c).getText());
        Number drawn = (Number) ((List<Object>) series.get(c).get("data")).get(r);
        assertEquals(n, drawn.intValue(), subjects.get(r) + " " + levelLabels.get(c));
        if (n > 0) {
          counts.put(levelCodes.get(c), n);
        }
      }
      table.put(row.getAttribute("data-subject"), counts);
    }
    return table;
  }

  private static Map<String, Map<String, Integer>> levels(JsonObject report) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    JsonObject by = report.getJsonObject("levelsBySubject");
    for (String subject : by.keySet()) {
      Map<String, Integer> counts = new TreeMap<>();
      by.getJsonObject(subject)
          .forEach((level, n) -> counts.put(level, Integer.parseInt(n.toString())));
      out.put(subject, counts);
    }
    return out;
  }

  @Test
  void markupInABksbUsersNameIsShownAsText() throws Exception {
    long id = 275;
    JsonObject before = unmatchedUser(id);
    String script = "<script>window.__bksbXss = 1;</script>";
    String username = before.getString("username");
    try {
      Api.Reply put =
          ADMIN.put(
              "/bksb-sandbox/admin/users/" + id,
              user(before, script + before.getString("firstName")));
      assertEquals(200, put.status(), put.body());
      run("bksb-get-users", "{}");
      try (SignedInBrowser b =
          SignedInBrowser.open("manager", "/reports-unmatched.xhtml?centre=DEMO&q=" + username)) {
        WebElement row =
            b.driver.findElements(By.cssSelector("#report\\:users tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(b.text("report")));
        String name = row.findElement(By.className("name")).getText();
        assertTrue(name.contains(script), name);
        assertTrue(b.driver.findElements(By.cssSelector("#report script")).isEmpty());
        assertEquals(
            null, ((JavascriptExecutor) b.driver).executeScript("return window.__bksbXss;"));
        Browser.checkAccessible(b.driver, "reports-unmatched-markup");

        // The Results page shows no bksb names (its rows are learners' MIS records); what it shows
        // from bksb is results: one with markup, for a learner linked to this user for the test.
        String learner = "D0152";
        assertEquals(
            200,
            MANAGER
                .put(
                    "/api/v1/centres/DEMO/learners/" + learner + "/bksb/link",
                    "{\"bksbUserId\":" + id + "}")
                .status());
        try {
          assertEquals(
              200,
              ADMIN
                  .put(
                      "/bksb-sandbox/admin/users/" + id + "/results/275001",
                      "{\"type\":\"INITIAL\",\"subject\":\"ENGLISH\",\"result\":\""
                          + script.replace("\"", "\\\"")
                          + " Entry 3\",\"completed\":\"2026-11-20T10:00:00\"}")
                  .status());
          Api.Reply refreshed =
              MANAGER.post(
                  "/api/v1/centres/DEMO/learners/" + learner + "/bksb/results/refresh",
                  "application/json",
                  "{}");
          assertEquals(200, refreshed.status(), refreshed.body());
          b.get(
              "/reports-results.xhtml?centre=DEMO&kind=APPLICANT&subject=ENGLISH&from=2026-11-20&to=2026-11-20");
          String rows = b.text("rows");
          assertTrue(rows.contains(learner) && rows.contains(script), rows);
          assertTrue(b.driver.findElements(By.cssSelector("#rows script")).isEmpty());
          assertEquals(
              null, ((JavascriptExecutor) b.driver).executeScript("return window.__bksbXss;"));
          Browser.checkAccessible(b.driver, "reports-results-markup");
        } finally {
          MANAGER.delete("/api/v1/centres/DEMO/learners/" + learner + "/bksb/link");
        }
      }
    } finally {
      ADMIN.put("/bksb-sandbox/admin/users/" + id, user(before, before.getString("firstName")));
      run("bksb-get-users", "{}");
    }
  }

  /** A user of DEMO's bksb account no learner of DEMO is linked to, as the report lists it. */
  private static JsonObject unmatchedUser(long id) {
    JsonObject page =
        MANAGER
            .get("/api/v1/centres/DEMO/reports/bksb-unmatched?section=bksbUsers&size=1000")
            .json();
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getJsonNumber("bksbUserId").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("bksb user " + id + " is not unmatched in DEMO"));
  }

  /** The sandbox user as the report showed it, with another first name. */
  private static String user(JsonObject u, String firstName) {
    jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
    for (String field : List.of("username", "email", "lastName", "dateOfBirth")) {
      if (u.containsKey(field) && !u.isNull(field)) {
        b.add(field, u.getString(field));
      }
    }
    return b.add("firstName", firstName).build().toString();
  }

  @Test
  void aTutorIsRefusedAndNorthsManagerSeesNorthOnly() throws Exception {
    try (SignedInBrowser b = SignedInBrowser.open("tutor", "/index.xhtml")) {
      assertTrue(b.driver.findElements(By.id("nav-reports")).isEmpty(), "no Reports in the menu");
      for (String page :
          List.of("/reports-unmatched.xhtml?centre=DEMO", "/reports-results.xhtml")) {
        b.get(page);
        assertTrue(b.text("messages").contains("View BKSB Reports"), b.text("messages"));
        assertTrue(b.driver.findElements(By.id("report")).isEmpty());
        assertEquals(403, fetch(b, Deployments.baseUrl() + page).statusCode(), page);
      }
      Browser.checkAccessible(b.driver, "reports-tutor");
    }
    try (SignedInBrowser b = SignedInBrowser.open("manager.north", "/index.xhtml")) {
      assertEquals(1, b.driver.findElements(By.id("nav-reports")).size());
      b.get("/reports-unmatched.xhtml");
      List<String> offered =
          b.driver.findElements(By.cssSelector("#filters\\:centre option")).stream()
              .map(o -> o.getAttribute("value"))
              .toList();
      assertEquals(List.of("NORTH"), offered);
      // NORTH has no bksb integration yet: the report says so.
      assertTrue(b.text("messages").contains("not enabled"), b.text("messages"));
      Browser.checkAccessible(b.driver, "reports-north-unmatched");
      b.get("/reports-results.xhtml");
      assertEquals(
          List.of("NORTH"),
          b.driver.findElements(By.cssSelector("#filters\\:centre option")).stream()
              .map(o -> o.getAttribute("value"))
              .toList());
      assertEquals(1, b.driver.findElements(By.id("no-results")).size());
      Browser.checkAccessible(b.driver, "reports-north-results");
      b.get("/reports-results.xhtml?centre=DEMO");
      assertTrue(b.text("messages").contains("no centre with id DEMO"), b.text("messages"));
      assertFalse(b.driver.getPageSource().contains("Demo College"));
      assertEquals(
          404,
          fetch(b, Deployments.baseUrl() + "/api/v1/centres/DEMO/reports/bksb-results.csv")
              .statusCode());
    }
  }

  private static List<WebElement> learnerRows(SignedInBrowser b) {
    return b.driver.findElements(By.cssSelector("#report\\:learners tbody tr"));
  }

  private static String totalOrZero(SignedInBrowser b) {
    List<WebElement> total = b.driver.findElements(By.id("report:learner-total"));
    return total.isEmpty() ? "0" : total.get(0).getText();
  }

  /** A GET under the browser's session, as following a link would send it. */
  private static HttpResponse<String> fetch(SignedInBrowser b, String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", b.cookieHeader())
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .timeout(Duration.ofSeconds(60))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The download's records after its header, each a list of cells (RFC 4180). */
  private static List<List<String>> csv(SignedInBrowser b, String url) throws Exception {
    HttpResponse<String> r = fetch(b, url);
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    List<List<String>> records = parse(r.body());
    assertNotNull(records.isEmpty() ? null : records.get(0), "a header");
    return records.subList(1, records.size());
  }

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return records;
  }
}
