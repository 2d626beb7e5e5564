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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Grants changed through the API count from the next call; who sees which executions. */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT {
  private final Api admin = Api.as("admin");
  private final Api north = Api.as("manager.north");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private static List<String> commandsIn(JsonObject me, String centreId) {
    return me.getJsonArray("centres").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("centreId").equals(centreId))
        .flatMap(c -> c.getJsonArray("commands").getValuesAs(JsonString.class).stream())
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void aGrantCountsFromTheNextCallAndARevocationToo() {
    String centre = admin.centreOnTheSandbox("PG", "");
    String grant = "/api/v1/permissions/" + centre + "/users/manager.north";
    assertEquals(404, north.get("/api/v1/centres/" + centre).status());
    assertTrue(commandsIn(north.get("/api/v1/me").json(), centre).isEmpty());

    Api.Reply granted = admin.put(grant, "{\"commands\":[\"BKSB API Integration\"]}");
    assertEquals(200, granted.status(), granted.body());
    assertEquals(
        List.of("BKSB_API_INTEGRATION"),
        granted.json().getJsonArray("commands").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(200, north.get("/api/v1/centres/" + centre).status());
    assertEquals(200, north.get("/api/v1/centres/" + centre + "/learners").status());
    assertEquals(
        List.of("BKSB_API_INTEGRATION"), commandsIn(north.get("/api/v1/me").json(), centre));
    Api.Reply refused =
        north.put(
            "/api/v1/centres/" + centre + "/learners/G1",
            "{\"firstName\":\"Gail\",\"lastName\":\"Grant\"}");
    assertEquals(403, refused.status());
    assertEquals("Import Learners", refused.json().getJsonObject("fields").getString("command"));
    assertEquals(404, admin.get("/api/v1/centres/" + centre + "/learners/G1").status());

    assertEquals(204, admin.delete(grant).status());
    assertEquals(404, north.get("/api/v1/centres/" + centre).status());
    assertEquals(204, admin.delete(grant).status(), "removing nothing is no error");
  }

  @Test
  void managingPermissionsInOneCentreReachesNoFurther() {
    String grant = "/api/v1/permissions/NORTH/users/manager.north";
    Api.Reply notYet = north.put("/api/v1/permissions/NORTH/users/tutor", "{\"commands\":[]}");
    assertEquals(403, notYet.status());
    assertEquals("Manage Permissions", notYet.json().getJsonObject("fields").getString("command"));
    JsonObject before = north.get("/api/v1/me").json();
    List<String> northCommands = commandsIn(before, "NORTH");
    try {
      List<String> more = new java.util.ArrayList<>(northCommands);
      more.add("MANAGE_PERMISSIONS");
      assertEquals(200, admin.put(grant, "{\"commands\":" + jsonArray(more) + "}").status());
      assertEquals(
          200,
          north
              .put(
                  "/api/v1/permissions/NORTH/users/tutor",
                  "{\"commands\":[\"BKSB_API_INTEGRATION\",\"LINK_BKSB_USERS\"]}")
              .status());
      assertEquals(
          404, north.put("/api/v1/permissions/DEMO/users/tutor", "{\"commands\":[]}").status());
      Api.Reply everywhere =
          north.put("/api/v1/permissions/*/users/manager.north", "{\"commands\":[]}");
      assertEquals(403, everywhere.status(), everywhere.body());
      JsonObject listed = north.get("/api/v1/permissions").json();
      for (JsonObject g : listed.getJsonArray("grants").getValuesAs(JsonObject.class)) {
        String where = g.getString("centreId");
        assertTrue(where.equals("NORTH") || where.equals("*"), g.toString());
        assertEquals(where.equals("NORTH"), g.getBoolean("manageable"), g.toString());
      }
      assertEquals(
          400,
          admin.put("/api/v1/permissions/*/groups/admin", "{\"commands\":[]}").status(),
          "group admin is built in");
      assertEquals(
          400,
          admin.put(grant, "{\"commands\":[\"FLY_TO_THE_MOON\"]}").status(),
          "unknown commands are named, not ignored");
    } finally {
      admin.delete("/api/v1/permissions/NORTH/users/tutor");
      admin.put(grant, "{\"commands\":" + jsonArray(northCommands) + "}");
    }
    assertEquals(northCommands, commandsIn(north.get("/api/v1/me").json(), "NORTH"));
  }

  @Test
  void executionsCarryTheirCentreAndOtherCentresExecutionsDoNotExist() throws Exception {
    Api manager = Api.as("manager");
    Api.Reply demoRun =
        admin.post("/api/v1/jobs/bksb-match-users", "application/json", "{\"centreId\":\"DEMO\"}");
    assertEquals(202, demoRun.status(), demoRun.body());
    long demo = demoRun.json().getJsonNumber("executionId").longValue();
    JsonObject done = admin.awaitJob(demo);
    assertEquals("DEMO", done.getString("centreId"));
    assertFalse(done.getBoolean("allCentres"));
    assertEquals(200, manager.get("/api/v1/jobs/executions/" + demo).status());
    Api.Reply hidden = north.get("/api/v1/jobs/executions/" + demo);
    assertEquals(404, hidden.status());
    assertEquals("no job execution " + demo, hidden.json().getString("error"));
    assertEquals(404, north.get("/api/v1/jobs/executions/" + demo + "/skipped").status());
    JsonObject listed =
        manager.get("/api/v1/jobs/executions?job=bksb-match-users&centreId=DEMO&size=5").json();
    JsonObject newest = listed.getJsonArray("items").getJsonObject(0);
    assertEquals(demo, newest.getJsonNumber("executionId").longValue(), listed.toString());
    assertEquals("admin", newest.getString("startedBy"));
    assertEquals("COMPLETED", newest.getString("batchStatus"));
    for (JsonObject run :
        north
            .get("/api/v1/jobs/executions?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      assertEquals("NORTH", run.getString("centreId", null), run.toString());
    }
    assertEquals(404, north.get("/api/v1/jobs/executions?centreId=DEMO").status());
    assertEquals(400, manager.get("/api/v1/jobs/executions?status=RUNNING").status());
    assertEquals(
        404,
        north
            .post("/api/v1/jobs/executions/" + demo + "/restart", "application/json", "")
            .status());

    Api.Reply everyAccount =
        north.post("/api/v1/jobs/bksb-get-users", "application/json", "{\"centreId\":\"NORTH\"}");
    assertEquals(400, everyAccount.status(), "it would fetch every centre's bksb users");
    assertTrue(everyAccount.body().contains("start it without centreId"), everyAccount.body());
    Api.Reply everywhere = north.post("/api/v1/jobs/bksb-match-users", "application/json", "{}");
    assertEquals(403, everywhere.status());
    assertTrue(everywhere.body().contains("in all centres"), everywhere.body());
    Api.Reply allRun = manager.post("/api/v1/jobs/bksb-match-users", "application/json", "{}");
    assertEquals(202, allRun.status(), allRun.body());
    long all = allRun.json().getJsonNumber("executionId").longValue();
    assertTrue(manager.awaitJob(all).getBoolean("allCentres"));
    assertEquals(404, north.get("/api/v1/jobs/executions/" + all).status());
    assertEquals(200, Api.as("tutor").get("/api/v1/jobs/executions/" + all).status());
  }

  @Test
  void aGrantToAnyRegistryGroupCountsForItsMembers() {
    // bksb-scheduler is in group scheduler only: no role, so only its registry groups can match.
    Api scheduler = Api.as("bksb-scheduler", "scheduler-dev-only");
    String grant = "/api/v1/permissions/NORTH/groups/scheduler";
    try {
      assertTrue(scheduler.get("/api/v1/me").json().getJsonArray("centres").isEmpty());
      assertEquals(200, admin.put(grant, "{\"commands\":[\"BKSB_API_INTEGRATION\"]}").status());
      JsonObject me = scheduler.get("/api/v1/me").json();
      assertTrue(
          me.getJsonArray("groups").getValuesAs(JsonString.class).stream()
              .anyMatch(g -> g.getString().equals("scheduler")),
          me.toString());
      assertEquals(List.of("BKSB_API_INTEGRATION"), commandsIn(me, "NORTH"));
      assertEquals(200, scheduler.get("/api/v1/centres/NORTH/learners").status());
    } finally {
      admin.delete(grant);
    }
    assertEquals(404, scheduler.get("/api/v1/centres/NORTH").status());
  }

  @Test
  void aManagerOfOneCentreListsThatCentreOnly() {
    List<String> ids =
        north
            .get("/api/v1/centres")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("id"))
            .toList();
    assertEquals(List.of("NORTH"), ids);
    assertTrue(
        Api.as("manager").get("/api/v1/centres").body().contains("\"DEMO\""),
        "group manager sees every centre");
  }

  private static String jsonArray(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
