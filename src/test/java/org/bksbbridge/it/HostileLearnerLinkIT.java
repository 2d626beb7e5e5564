package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff pointing a linked learner's web username at themselves (issue 24): none of them gets a bksb
 * sign-in link or the learner's dashboard, by the API or the page, and nothing is recorded as
 * issued; the real learner gets the link and it is recorded; every web username change is recorded
 * (REST and import alike); another centre's audit trail does not exist for the caller.
 */
@ExtendWith(ArquillianExtension.class)
class HostileLearnerLinkIT {
  /** Sandbox users the test's learners are linked to. */
  private static final long STAFF_TARGET = 205;

  private static final long LEARNER_TARGET = 206;

  private static String centre;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** A centre on the sandbox with learner S1 linked to bksb user 205 and L1 to 206. */
  private static synchronized String centre() {
    if (centre == null) {
      Api admin = Api.as("admin");
      centre = admin.centreOnTheSandbox("LL", "");
      Api.listBksbUsers();
      link(admin, "S1", STAFF_TARGET);
      link(admin, "L1", LEARNER_TARGET);
    }
    return centre;
  }

  private static void link(Api admin, String ref, long bksbUser) {
    String learner = "/api/v1/centres/" + centre + "/learners/" + ref;
    assertEquals(201, admin.put(learner, "{\"firstName\":\"Dee\",\"lastName\":\"Oh\"}").status());
    Api.Reply r = admin.put(learner + "/bksb/link", "{\"bksbUserId\":" + bksbUser + "}");
    assertEquals(200, r.status(), r.body());
  }

  private static Api.Reply setWebUsername(Api by, String ref, String webUsername) {
    return by.put(
        "/api/v1/centres/" + centre + "/learners/" + ref,
        "{\"firstName\":\"Dee\",\"lastName\":\"Oh\",\"webUsername\":\"" + webUsername + "\"}");
  }

  private static List<JsonObject> audit(String query) {
    Api.Reply r = Api.as("admin").get("/api/v1/centres/" + centre() + "/audit?" + query);
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** A member's text, "null" when absent (the API leaves out members without a value). */
  private static String text(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : "null";
  }

  private static void refusedWithOurBody(Api.Reply r, String what) {
    assertEquals(403, r.status(), what + ": " + r.body());
    JsonObject body = r.json();
    assertTrue(body.getString("error").contains("learners only"), what + ": " + body);
    assertNotNull(body.getJsonObject("fields"), what + ": " + body);
  }

  @Test
  void staffPointingALinkedLearnerAtThemselvesGetNoLinkAndNothingIsIssued() {
    String c = centre();
    // The case: a manager (Import Learners) points S1 at themselves; admin does it for
    // the others (manager.north cannot see this centre, tutor cannot edit).
    List<String[]> staff =
        List.of(
            new String[] {"manager", "manager"},
            new String[] {"admin", "admin"},
            new String[] {"tutor", "admin"},
            new String[] {"manager.north", "admin"});
    String before = "null";
    for (String[] s : staff) {
      Api.Reply set = setWebUsername(Api.as(s[1]), "S1", s[0]);
      assertEquals(200, set.status(), set.body());
      Api self = Api.as(s[0]);
      for (String body :
          List.of(
              "{\"centreId\":\"" + c + "\",\"reference\":\"S1\"}",
              "{\"centreId\":\"" + c + "\"}",
              "{}")) {
        refusedWithOurBody(
            self.post("/api/v1/me/bksb/login-link", "application/json", body), s[0] + " " + body);
      }
      refusedWithOurBody(self.get("/api/v1/me/bksb"), s[0] + " dashboard");
      // Their page: refused, and no sign-in address on it.
      Probe.Answer page =
          Probe.request("GET").header("Cookie", Probe.signIn(s[0], s[0])).send("/me.xhtml");
      assertEquals(403, page.status(), s[0] + " page");
      assertFalse(page.body().contains("autologin"), page.body());
      assertTrue(page.body().contains("for learners only"), page.body());

      // The change itself is recorded: who, old and new value, from where, through what.
      JsonObject change = audit("action=WEB_USERNAME_CHANGED&limit=1").get(0);
      assertEquals("S1", change.getString("reference"));
      assertEquals(s[1], change.getString("actor"));
      assertEquals(s[0], change.getString("newValue"));
      assertEquals(before, text(change, "oldValue"));
      assertEquals("api", change.getString("via"));
      assertFalse(change.getString("clientAddress").isBlank());
      before = s[0];
    }
    // None for S1 (the learner's own link to L1, another test's, may be there).
    assertEquals(
        List.of(),
        audit("action=BKSB_LOGIN_LINK").stream()
            .filter(e -> e.getString("reference").equals("S1"))
            .toList(),
        "no link was issued");
  }

  @Test
  void theLearnerGetsTheLinkAndItIsRecordedWithoutTheLink() {
    String c = centre();
    Api admin = Api.as("admin");
    assertEquals(200, setWebUsername(admin, "L1", "learner").status());
    try {
      Api.Reply link =
          Api.as("learner")
              .post(
                  "/api/v1/me/bksb/login-link",
                  "application/json",
                  "{\"centreId\":\"" + c + "\",\"reference\":\"L1\"}");
      assertEquals(200, link.status(), link.body());
      String url = link.json().getString("url");
      assertTrue(url.startsWith("https://sandbox.bksb.invalid/autologin/" + LEARNER_TARGET), url);

      List<JsonObject> issued = audit("action=BKSB_LOGIN_LINK");
      assertEquals(1, issued.size(), issued.toString());
      JsonObject e = issued.get(0);
      assertEquals("learner", e.getString("actor"));
      assertEquals(c, e.getString("centreId"));
      assertEquals("L1", e.getString("reference"));
      assertEquals(LEARNER_TARGET, e.getJsonNumber("bksbUserId").longValue());
      assertEquals("AUTO_LOGIN", e.getString("newValue"));
      assertFalse(e.getString("clientAddress").isBlank());
      assertNotNull(e.getString("at"));
      // The link is a credential: no entry holds it, nor its token.
      String token = url.substring(url.indexOf("token=") + "token=".length());
      String all = Api.as("admin").get("/api/v1/centres/" + c + "/audit?limit=1000").body();
      assertFalse(all.contains(token), all);
      assertFalse(all.contains("autologin"), all);
    } finally {
      // Archived: no longer the learner's, so their dashboard is DEMO's alone again.
      assertEquals(200, admin.delete("/api/v1/centres/" + c + "/learners/L1").status());
    }
  }

  @Test
  void aWebUsernameChangedByAnImportIsRecordedAsTheImportersChange() throws Exception {
    String c = centre();
    Api manager = Api.as("manager");
    String learners = "/api/v1/centres/" + c + "/learners";
    assertEquals(
        201, manager.put(learners + "/I1", "{\"firstName\":\"Ivo\",\"lastName\":\"Im\"}").status());
    Api.Reply started =
        manager.post(
            learners + "/import",
            "text/csv; charset=UTF-8",
            "reference,firstName,lastName,webUsername\nI1,Ivo,Im,ivo.im\n");
    assertEquals(202, started.status(), started.body());
    long id = started.json().getJsonNumber("executionId").longValue();
    assertEquals("COMPLETED", manager.awaitJob(id).getString("batchStatus"));
    JsonObject e =
        audit("action=WEB_USERNAME_CHANGED").stream()
            .filter(x -> x.getString("reference").equals("I1"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no entry for I1"));
    assertEquals("manager", e.getString("actor"));
    assertEquals("learner-import " + id, e.getString("via"));
    assertEquals("null", text(e, "oldValue"), e.toString());
    assertEquals("ivo.im", e.getString("newValue"));
    assertFalse(e.getString("clientAddress").isBlank(), e.toString());
  }

  @Test
  void theAuditIsForThoseWhoManageTheCentresPermissions() {
    String path = "/api/v1/centres/" + centre() + "/audit";
    // Not seen: 404 as for any centre; seen without "Manage Permissions": 403.
    for (String who : List.of("manager.north", "learner")) {
      Api.Reply r = Api.as(who).get(path);
      assertEquals(404, r.status(), who + ": " + r.body());
      assertNotNull(r.json().getJsonObject("fields"));
    }
    for (String who : List.of("manager", "tutor")) {
      assertEquals(403, Api.as(who).get(path).status(), who);
    }
    Api.Reply bad = Api.as("admin").get(path + "?action=DROP&from=yesterday");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.json().getJsonObject("fields").containsKey("action"), bad.body());
    assertTrue(bad.json().getJsonObject("fields").containsKey("from"), bad.body());
    // And no API changes or deletes an entry.
    assertEquals(405, Api.as("admin").delete(path).status());
    assertEquals(405, Api.as("admin").put(path, "{}").status());
  }
}
