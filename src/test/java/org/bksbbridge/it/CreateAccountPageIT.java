package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Create bksb account" on the learner's BKSB tab, in a centre of this test's own on the sandbox: a
 * manager sees what will be sent, changes the user name, meets a taken name beside its field with a
 * free one offered, creates, and the learner is linked (CREATED) to the one user the sandbox made.
 * A tutor is not offered it. The default password shows nowhere.
 */
@ExtendWith(ArquillianExtension.class)
class CreateAccountPageIT {
  static final String PASSWORD = "Page-Pass-" + UUID.randomUUID().toString().substring(0, 8);

  private static String centre;
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
                "CP",
                "\"defaultPassword\":\""
                    + PASSWORD
                    + "\",\"autoSendLoginDetails\":true,\"autoEnrolCourses\":false");
    Api.listBksbUsers();
  }

  private void learner(String ref, String first, String last, String email) {
    Api.Reply r =
        manager.put(
            "/api/v1/centres/" + centre + "/learners/" + ref,
            "{\"firstName\":\""
                + first
                + "\",\"lastName\":\""
                + last
                + "\",\"email\":\""
                + email
                + "\"}");
    assertTrue(r.status() == 201 || r.status() == 200, r.toString());
  }

  private long createdNamed(String username) {
    JsonArray all = (JsonArray) Api.as("admin").get("/bksb-sandbox/admin/created").structure();
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("username").equalsIgnoreCase(username))
        .count();
  }

  @Test
  void aManagerCreatesTheAccountFromTheBksbTab() throws Exception {
    String tag = centre.toLowerCase();
    learner("P1", "Grace", "Hopper", tag + ".grace@learners.example.ac.uk");
    // Another learner takes a user name first, so the page meets a taken one.
    String taken = tag + ".taken";
    learner("P0", "Alan", "Turing", tag + ".alan@learners.example.ac.uk");
    Api.Reply first =
        manager.post(
            "/api/v1/centres/" + centre + "/learners/P0/bksb/account",
            "application/json",
            "{\"username\":\"" + taken + "\"}");
    assertEquals(201, first.status(), first.body());

    String page = "/learner.xhtml?centre=" + centre + "&ref=P1&tab=bksb";
    try (SignedInBrowser b = SignedInBrowser.open("manager", page)) {
      b.wait.until(d -> !d.findElements(By.id("createAccount:create")).isEmpty());
      assertEquals("Grace Hopper", b.text("create-name"));
      WebElement email = b.driver.findElement(By.id("createAccount:email"));
      assertEquals(tag + ".grace@learners.example.ac.uk", email.getAttribute("value"));
      WebElement username = b.driver.findElement(By.id("createAccount:username"));
      assertEquals("grace.hopper.p1", username.getAttribute("value"), "the default user name");
      Browser.checkAccessible(b.driver, "create-account-proposal");

      username.clear();
      username.sendKeys(taken);
      b.driver.findElement(By.id("createAccount:create")).click();
      b.wait.until(
          d ->
              "true"
                  .equals(
                      d.findElement(By.id("createAccount:username")).getAttribute("aria-invalid")));
      String problem = b.text("username-problem");
      assertTrue(problem.contains("is taken in bksb"), problem);
      String offered = b.driver.findElement(By.id("createAccount:username")).getAttribute("value");
      assertFalse(offered.equalsIgnoreCase(taken), "a free name is offered in the field");
      assertTrue(problem.contains(offered), problem);
      assertFalse(b.text("messages").contains("suggestedUsername"), "no field name as a message");
      Browser.checkAccessible(b.driver, "create-account-taken");
      assertEquals(1, createdNamed(taken), "nothing more was made");

      ResentForm form = ResentForm.keep(b.driver, "createAccount", "createAccount:create");
      b.driver.findElement(By.id("createAccount:create")).click();
      b.awaitMessage("Created bksb user " + offered);
      // The same form again, as a browser resending the post would: nothing is asked of bksb.
      ResentForm.Answer again = form.sendAgain(b.driver);
      assertTrue(again.body().contains("This form was sent already"), again.url());
      assertTrue(b.text("messages").contains("Outbox"), b.text("messages"));
      assertEquals("CREATED", b.text("link-method"));
      assertTrue(b.driver.findElements(By.id("createAccount:create")).isEmpty(), "linked now");
      assertFalse(b.driver.getPageSource().contains(PASSWORD));
      Browser.checkAccessible(b.driver, "create-account-created");
    }
    assertEquals(1, createdNamed(taken), "the taken name's user is still one");
    JsonObject link =
        manager.get("/api/v1/centres/" + centre + "/learners/P1").json().getJsonObject("bksb");
    assertEquals("CREATED", link.getString("matchMethod"));
    String made = link.getString("bksbUsername");
    assertEquals(1, createdNamed(made), "one user in the sandbox for the learner");

    JsonArray outbox =
        manager.get("/api/v1/centres/" + centre + "/outbox").json().getJsonArray("items");
    assertTrue(
        outbox.toString().contains(tag + ".grace@learners.example.ac.uk"), outbox.toString());
    assertFalse(outbox.toString().contains(PASSWORD));
  }

  @Test
  void aTutorIsNotOfferedIt() throws Exception {
    learner("P2", "Mary", "Somerville", centre.toLowerCase() + ".mary@learners.example.ac.uk");
    try (SignedInBrowser b =
        SignedInBrowser.open("tutor", "/learner.xhtml?centre=" + centre + "&ref=P2&tab=bksb")) {
      b.wait.until(d -> !d.findElements(By.id("bksb")).isEmpty());
      assertTrue(b.driver.findElements(By.id("createAccount:create")).isEmpty());
      assertTrue(b.driver.findElements(By.id("create-heading")).isEmpty());
    }
  }
}
