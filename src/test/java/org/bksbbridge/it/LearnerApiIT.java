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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Centres and learners through the REST API of the deployed application. */
@ExtendWith(ArquillianExtension.class)
class LearnerApiIT {
  private final Api manager = Api.as("manager");
  private final String centre = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private void createCentre() {
    Api.Reply r =
        Api.as("admin")
            .put("/api/v1/centres/" + centre, "{\"name\":\"Test College\",\"bksbLicensed\":true}");
    assertEquals(201, r.status(), r.body());
  }

  @Test
  void centreRoundTrip() {
    createCentre();
    Api.Reply again =
        Api.as("admin")
            .put("/api/v1/centres/" + centre, "{\"name\":\"Renamed\",\"bksbLicensed\":false}");
    assertEquals(200, again.status());
    JsonObject got = Api.as("tutor").get("/api/v1/centres/" + centre).json();
    assertEquals("Renamed", got.getString("name"));
    assertFalse(got.getBoolean("bksbLicensed"));
    assertTrue(manager.get("/api/v1/centres").body().contains("\"id\":\"" + centre + "\""));
    assertEquals(404, manager.get("/api/v1/centres/NOSUCH" + centre).status());
  }

  @Test
  void learnerRoundTripListAndArchive() {
    createCentre();
    String base = "/api/v1/centres/" + centre + "/learners/";
    Api.Reply created =
        manager.put(
            base + "L-1",
            """
            {"firstName":"Ada","lastName":"Lovelace","email":"Ada@Example.ac.uk","emailVerified":true,
             "webUsername":"alovelace","dateOfBirth":"2001-02-03","startDate":"2025-09-01",
             "bksbUser":true,"bksbUsername":"ada.l"}""");
    assertEquals(201, created.status(), created.body());
    assertEquals(
        201,
        manager
            .put(
                base + "A-1", "{\"firstName\":\"Al\",\"lastName\":\"Appl\",\"kind\":\"APPLICANT\"}")
            .status());
    assertEquals(
        201,
        manager
            .put(
                base + "E-1",
                "{\"firstName\":\"Ed\",\"lastName\":\"Ended\",\"endDate\":\"2020-07-31\"}")
            .status());

    JsonObject ada = manager.get(base + "L-1").json();
    assertEquals("ada@example.ac.uk", ada.getString("email"));
    assertEquals("2001-02-03", ada.getString("dateOfBirth"));
    assertEquals("LEARNER", ada.getString("kind"));
    assertTrue(ada.getBoolean("eligible"));
    assertEquals("ada.l", ada.getString("bksbUsername"));

    JsonObject all = manager.get("/api/v1/centres/" + centre + "/learners?size=2&page=1").json();
    assertEquals(3, all.getInt("total"));
    assertEquals(2, all.getJsonArray("items").size());
    // Sorted by last name: Appl, Ended, Lovelace.
    assertEquals("A-1", all.getJsonArray("items").getJsonObject(0).getString("reference"));

    JsonObject eligible =
        manager.get("/api/v1/centres/" + centre + "/learners?eligible=true").json();
    assertEquals(List.of("A-1", "L-1"), references(eligible));
    JsonObject applicants =
        manager.get("/api/v1/centres/" + centre + "/learners?kind=APPLICANT").json();
    assertEquals(List.of("A-1"), references(applicants));
    JsonObject search = manager.get("/api/v1/centres/" + centre + "/learners?query=LOVE").json();
    assertEquals(List.of("L-1"), references(search));
    assertEquals(
        201, manager.put(base + "U_1", "{\"firstName\":\"Un\",\"lastName\":\"Der\"}").status());
    // '_' is a literal in a search, not LIKE's any-character.
    assertEquals(
        List.of("U_1"),
        references(manager.get("/api/v1/centres/" + centre + "/learners?query=u_").json()));
    assertEquals(
        List.of(),
        references(manager.get("/api/v1/centres/" + centre + "/learners?query=a_").json()));
    assertEquals(200, manager.delete(base + "U_1").status());

    Api.Reply archived = manager.delete(base + "L-1");
    assertEquals(200, archived.status());
    assertEquals("ARCHIVED", manager.get(base + "L-1").json().getString("systemStatus"));
    assertEquals(
        List.of("A-1"),
        references(manager.get("/api/v1/centres/" + centre + "/learners?eligible=true").json()));
  }

  @Test
  void badInputNamesEveryFieldAndChangesNothing() {
    createCentre();
    String path = "/api/v1/centres/" + centre + "/learners/K-1";
    assertEquals(201, manager.put(path, "{\"firstName\":\"Kim\",\"lastName\":\"Keep\"}").status());

    Api.Reply bad =
        manager.put(
            path,
            "{\"firstName\":\"\",\"lastName\":\"Keep\",\"dateOfBirth\":\"2001-13-01\","
                + "\"kind\":\"ALIEN\",\"email\":\"nope\",\"colour\":\"red\"}");
    assertEquals(400, bad.status());
    JsonObject fields = bad.json().getJsonObject("fields");
    assertEquals("is required", fields.getString("firstName"));
    assertEquals("must be a date as YYYY-MM-DD", fields.getString("dateOfBirth"));
    assertEquals("must be LEARNER or APPLICANT", fields.getString("kind"));
    assertTrue(fields.getString("email").startsWith("must be an email address"));
    assertEquals("unknown field", fields.getString("colour"));
    assertEquals("Kim", manager.get(path).json().getString("firstName"), "nothing was written");

    Api.Reply malformed = manager.put(path, "{\"firstName\":");
    assertEquals(400, malformed.status());
    assertTrue(malformed.json().getString("error").contains("JSON"));

    Api.Reply badCentre = manager.put("/api/v1/centres/not%20ok", "{\"name\":\"x\"}");
    assertEquals(400, badCentre.status());
    assertTrue(badCentre.json().getJsonObject("fields").containsKey("centreId"));

    Api.Reply badPage = manager.get("/api/v1/centres/" + centre + "/learners?size=100000");
    assertEquals(400, badPage.status());
    assertTrue(badPage.json().getJsonObject("fields").containsKey("size"));

    Api.Reply mismatch =
        manager.put(path, "{\"reference\":\"OTHER\",\"firstName\":\"K\",\"lastName\":\"K\"}");
    assertEquals(400, mismatch.status());
    assertTrue(mismatch.json().getJsonObject("fields").containsKey("reference"));

    assertEquals(404, manager.get("/api/v1/centres/" + centre + "/learners/NOBODY").status());
    assertFalse(bad.body().contains("Exception"), "no stack trace reaches the caller");
  }

  private static List<String> references(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("reference"))
        .toList();
  }
}
