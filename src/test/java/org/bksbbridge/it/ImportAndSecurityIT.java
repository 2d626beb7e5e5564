package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learner-import job started over REST inside Liberty, and who may do what. */
@ExtendWith(ArquillianExtension.class)
class ImportAndSecurityIT {
  private final Api admin = Api.as("admin");
  private final Api tutor = Api.as("tutor");
  private final String centre = "I" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private String learners;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void centre() {
    assertEquals(
        201, admin.put("/api/v1/centres/" + centre, "{\"name\":\"Import College\"}").status());
    learners = "/api/v1/centres/" + centre + "/learners";
  }

  @Test
  void csvImportRunsInTheServerAndListsSkippedRows() throws Exception {
    String csv =
        "\uFEFFReference,FirstName,LastName,Email,EmailVerified,EndDate\r\n"
            + "C1,Cat,One,c1@x.ac.uk,yes,\r\n"
            + "C2,,Two,,,\r\n"
            + "C3,\"Quote \"\"Q\"\"\",Three,c3@x.ac.uk,no,2020-01-01\r\n"
            + "C4,Dee,Four,,,2019-13-01\r\n";
    Api.Reply started = admin.post(learners + "/import", "text/csv; charset=UTF-8", csv);
    assertEquals(202, started.status(), started.body());
    long id = started.json().getJsonNumber("executionId").longValue();

    JsonObject done = admin.awaitJob(id);
    assertEquals("COMPLETED", done.getString("batchStatus"));
    assertEquals("learner-import", done.getString("jobName"));
    JsonObject step = done.getJsonArray("steps").getJsonObject(0);
    assertEquals(4, step.getInt("readCount"));
    assertEquals(2, step.getInt("writeCount"));
    assertEquals(2, step.getInt("skipCount"));

    JsonObject skipped = tutor.get("/api/v1/jobs/executions/" + id + "/skipped").json();
    assertEquals(2, skipped.getInt("total"));
    JsonObject first = skipped.getJsonArray("items").getJsonObject(0);
    assertEquals(3, first.getInt("row"));
    assertEquals("C2", first.getString("reference"));
    assertEquals("firstName is required", first.getString("reason"));
    assertEquals(5, skipped.getJsonArray("items").getJsonObject(1).getInt("row"));

    assertEquals("Quote \"Q\"", admin.get(learners + "/C3").json().getString("firstName"));
    assertTrue(admin.get(learners + "/C1").json().getBoolean("emailVerified"));
  }

  @Test
  void jsonImportAndUploadErrors() throws Exception {
    Api.Reply started =
        admin.post(
            learners + "/import",
            "application/json",
            "[{\"reference\":\"J1\",\"firstName\":\"Jo\",\"lastName\":\"Ng\",\"kind\":\"APPLICANT\"}]");
    assertEquals(202, started.status(), started.body());
    assertEquals(
        "COMPLETED",
        admin
            .awaitJob(started.json().getJsonNumber("executionId").longValue())
            .getString("batchStatus"));
    assertEquals("APPLICANT", admin.get(learners + "/J1").json().getString("kind"));

    Api.Reply badHeader =
        admin.post(learners + "/import", "text/csv", "reference,firstName,shoeSize\n");
    assertEquals(400, badHeader.status());
    assertTrue(badHeader.json().getJsonObject("fields").getString("header").contains("shoeSize"));

    Api.Reply notArray =
        admin.post(learners + "/import", "application/json", "{\"reference\":\"x\"}");
    assertEquals(400, notArray.status());
    assertTrue(notArray.json().getJsonObject("fields").containsKey("body"));

    assertEquals(415, admin.post(learners + "/import", "text/plain", "x").status());
    assertEquals(
        404,
        admin
            .post(
                "/api/v1/centres/NO" + centre + "/learners/import",
                "text/csv",
                "reference,firstName,lastName\n")
            .status());
    assertEquals(404, admin.get("/api/v1/jobs/executions/987654321").status());
  }

  @Test
  void unauthenticatedCallsGet401() {
    Api.Reply none = Api.anonymous().get("/api/v1/centres");
    assertEquals(401, none.status());
    Api.Reply wrong = Api.as("admin", "not-the-password").get("/api/v1/centres");
    assertEquals(401, wrong.status());
    assertEquals(
        401,
        Api.anonymous().put(learners + "/X1", "{\"firstName\":\"a\",\"lastName\":\"b\"}").status());
  }

  @Test
  void tutorsReadButChangeNothing() {
    assertEquals(
        201, admin.put(learners + "/T1", "{\"firstName\":\"Tia\",\"lastName\":\"Kept\"}").status());

    assertEquals(200, tutor.get(learners + "/T1").status());
    Api.Reply put =
        tutor.put(learners + "/T1", "{\"firstName\":\"Changed\",\"lastName\":\"Kept\"}");
    assertEquals(403, put.status());
    assertTrue(put.json().containsKey("error"));
    assertEquals(403, tutor.delete(learners + "/T1").status());
    assertEquals(403, tutor.put("/api/v1/centres/" + centre, "{\"name\":\"Taken over\"}").status());
    assertEquals(
        403,
        tutor
            .post(learners + "/import", "text/csv", "reference,firstName,lastName\nT2,a,b\n")
            .status());

    JsonObject t1 = admin.get(learners + "/T1").json();
    assertEquals("Tia", t1.getString("firstName"));
    assertEquals("LIVE", t1.getString("systemStatus"));
    assertEquals("Import College", admin.get("/api/v1/centres/" + centre).json().getString("name"));
    assertEquals(404, admin.get(learners + "/T2").status());
  }
}
