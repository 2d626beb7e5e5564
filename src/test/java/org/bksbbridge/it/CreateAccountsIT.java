package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creating bksb accounts through the API, in Liberty against its sandbox, in centres of this test's
 * own (DEMO and the sandbox's generated users are only read): every check with its message, the
 * default user names, the new user as the sandbox received it (enrolment, the centre's default
 * password by its hash), the link, and the password in no answer.
 */
@ExtendWith(ArquillianExtension.class)
class CreateAccountsIT {
  static final String PASSWORD = "It-Pass-" + UUID.randomUUID().toString().substring(0, 8);

  private static String centre;
  private static String tag;
  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeAll
  static void aCentreThatMakesAccounts() {
    centre =
        Api.as("admin")
            .centreOnTheSandbox(
                "CA",
                "\"defaultPassword\":\""
                    + PASSWORD
                    + "\",\"autoSendLoginDetails\":false,\"autoEnrolCourses\":true");
    tag = centre.toLowerCase();
    Api.listBksbUsers();
  }

  static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private String learner(String centreId, String ref, String json) {
    Api.Reply r = manager.put("/api/v1/centres/" + centreId + "/learners/" + ref, json);
    assertTrue(r.status() == 201 || r.status() == 200, r.toString());
    return "/api/v1/centres/" + centreId + "/learners/" + ref + "/bksb/account";
  }

  private Api.Reply create(String path, String body) {
    return manager.post(path, "application/json", body);
  }

  /** The sandbox's record of the users made through createUser with that name. */
  private List<JsonObject> created(String username) {
    JsonArray all = (JsonArray) admin.get("/bksb-sandbox/admin/created").structure();
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("username").equalsIgnoreCase(username))
        .toList();
  }

  @Test
  void aLearnerGetsOneAccountLinkedAndTheChecksSayWhatIsWrong() throws Exception {
    String email = tag + ".ada@learners.example.ac.uk";
    String path =
        learner(
            centre,
            "A1",
            "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\""
                + email
                + "\",\"dateOfBirth\":\"2004-05-06\"}");
    String username = "ada.lovelace.a1";

    JsonObject proposal = manager.get(path).json();
    assertEquals(username, proposal.getString("username"), "made from the name and reference");
    assertEquals(email, proposal.getString("email"));
    assertEquals(0, proposal.getJsonArray("problems").size(), proposal.toString());
    assertTrue(proposal.getBoolean("autoEnrolCourses"));

    assertEquals(403, Api.as("tutor").post(path, "application/json", "").status());
    assertEquals(404, Api.as("manager.north").post(path, "application/json", "").status());

    Api.Reply made = create(path, "");
    assertEquals(201, made.status(), made.body());
    JsonObject body = made.json();
    assertEquals(username, body.getString("username"));
    assertFalse(body.getBoolean("recovered"));
    long userId = body.getJsonNumber("bksbUserId").longValue();
    List<JsonObject> inSandbox = created(username);
    assertEquals(1, inSandbox.size());
    assertEquals(userId, inSandbox.get(0).getJsonNumber("userId").longValue());
    assertEquals(email, inSandbox.get(0).getString("email"));
    assertTrue(inSandbox.get(0).getBoolean("autoEnrolCourses"));
    assertEquals(sha256(PASSWORD), inSandbox.get(0).getString("passwordSha256"));
    JsonObject link =
        manager.get("/api/v1/centres/" + centre + "/learners/A1").json().getJsonObject("bksb");
    assertEquals("CREATED", link.getString("matchMethod"));
    assertEquals(userId, link.getJsonNumber("bksbUserId").longValue());
    assertFalse(made.body().contains(PASSWORD));

    // Linked now: 409, and nothing more is made.
    Api.Reply again = create(path, "");
    assertEquals(409, again.status());
    assertEquals(
        "learner A1 is linked to bksb user " + username + " (id " + userId + ") already",
        again.json().getString("error"));
    assertEquals(1, created(username).size());

    // Another learner with that email: the bksb user has it already.
    String twin =
        learner(
            centre,
            "A2",
            "{\"firstName\":\"Ada\",\"lastName\":\"Twin\",\"email\":\"" + email + "\"}");
    Api.Reply sameEmail = create(twin, "");
    assertEquals(409, sameEmail.status());
    assertEquals(
        "bksb user "
            + username
            + " (id "
            + userId
            + ") already has the email "
            + email
            + ": link the learner to them instead of creating an account",
        sameEmail.json().getString("error"));
    assertTrue(sameEmail.json().getJsonObject("fields").containsKey("email"));
    // ... unless the caller gives another address.
    Api.Reply otherEmail = create(twin, "{\"email\":\"" + tag + ".twin@learners.example.ac.uk\"}");
    assertEquals(201, otherEmail.status(), otherEmail.body());
    assertEquals("ada.twin.a2", otherEmail.json().getString("username"));

    // No email.
    String none = learner(centre, "A3", "{\"firstName\":\"No\",\"lastName\":\"Mail\"}");
    Api.Reply noEmail = create(none, "");
    assertEquals(400, noEmail.status());
    assertEquals("learner A3 has no email: give one", noEmail.json().getString("error"));
    assertEquals(
        "is required: the learner has none",
        noEmail.json().getJsonObject("fields").getString("email"));
    Api.Reply badEmail = create(none, "{\"email\":\"not-an-address\"}");
    assertEquals(400, badEmail.status());
    assertTrue(badEmail.json().getJsonObject("fields").containsKey("email"));
    Api.Reply badName =
        create(none, "{\"email\":\"" + tag + ".a3@x.example\",\"username\":\"two words\"}");
    assertEquals(400, badName.status());
    assertEquals(
        "may contain letters, digits and . _ - @ only",
        badName.json().getJsonObject("fields").getString("username"));
    assertEquals(
        404, create("/api/v1/centres/" + centre + "/learners/NOPE/bksb/account", "").status());
  }

  @Test
  void aTakenUserNameIsAnsweredWithAFreeOneAndTheDefaultsFollowTheLearner() throws Exception {
    // A generated sandbox user's name, only read: the learner's web user name collides with it.
    JsonObject users =
        Api.as("sandbox-key", "sandbox-secret")
            .get("/bksb-sandbox/api/users/search?page=1&recordsPerPage=1&query=")
            .json();
    String taken = users.getJsonArray("Users").getJsonObject(0).getString("Username");
    String path =
        learner(
            centre,
            "B1",
            "{\"firstName\":\"Bo\",\"lastName\":\"Web\",\"email\":\""
                + tag
                + ".b1@learners.example.ac.uk\",\"webUsername\":\""
                + taken
                + "\"}");
    assertEquals(taken, manager.get(path).json().getString("username"), "the web user name");
    Api.Reply conflict = create(path, "");
    assertEquals(409, conflict.status());
    String free = taken + "2";
    assertEquals(
        "the user name " + taken + " is taken in bksb; " + free + " is free",
        conflict.json().getString("error"));
    assertEquals(free, conflict.json().getJsonObject("fields").getString("suggestedUsername"));
    Api.Reply made = create(path, "{\"username\":\"" + free + "\"}");
    assertEquals(201, made.status(), made.body());
    assertEquals(free, made.json().getString("username"));

    String flagged =
        learner(
            centre,
            "B2",
            "{\"firstName\":\"Cy\",\"lastName\":\"Flag\",\"email\":\""
                + tag
                + ".b2@learners.example.ac.uk\",\"bksbUser\":true,\"bksbUsername\":\""
                + tag
                + ".cy\",\"webUsername\":\"cy.web\"}");
    assertEquals(tag + ".cy", manager.get(flagged).json().getString("username"), "bksb's first");
  }

  @Test
  void aCentreWithoutTheIntegrationOrADefaultPasswordIsRefused() {
    String off = "CB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertEquals(
        201,
        admin.put("/api/v1/centres/" + off, "{\"name\":\"Off\",\"bksbLicensed\":true}").status());
    String path =
        learner(
            off,
            "C1",
            "{\"firstName\":\"Di\",\"lastName\":\"Off\",\"email\":\"di@learners.example.ac.uk\"}");
    Api.Reply notEnabled = create(path, "");
    assertEquals(409, notEnabled.status());
    assertEquals(
        "the bksb integration of "
            + off
            + " is not enabled: enable it in the centre's bksb settings first",
        notEnabled.json().getString("error"));

    String bare = admin.centreOnTheSandbox("CC", "");
    String p2 =
        learner(
            bare,
            "C2",
            "{\"firstName\":\"Ed\",\"lastName\":\"Bare\",\"email\":\"ed@learners.example.ac.uk\"}");
    Api.Reply noPassword = create(p2, "");
    assertEquals(409, noPassword.status());
    assertEquals(
        "centre "
            + bare
            + " has no default password for new bksb accounts: set one in its bksb settings first",
        noPassword.json().getString("error"));
    JsonObject proposal = manager.get(p2).json();
    assertEquals(
        List.of(noPassword.json().getString("error")),
        proposal.getJsonArray("problems").getValuesAs(jakarta.json.JsonString::getString));
  }
}
