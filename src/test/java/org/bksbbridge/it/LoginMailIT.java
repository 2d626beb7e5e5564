package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Login emails through the server's mailSession and the outbox. The test server starts without an
 * SMTP host (as dev does): emails stay "not sent". A config dropin then points the mailSession at a
 * port of this JVM where GreenMail, a real SMTP server, is first down (the email fails, with the
 * reason) and then up (a retry sends it, and it arrives with the learner's user name, the default
 * password and the sign-in link). A centre that does not send login details queues nothing. The
 * password is in no answer, no outbox row, no page and no log.
 */
@ExtendWith(ArquillianExtension.class)
class LoginMailIT {
  static final String PASSWORD = "Mail-Pass-" + UUID.randomUUID().toString().substring(0, 8);
  private static final Path DROPIN =
      Deployments.serverDir().resolve("configDropins/overrides/zz-login-mail-it.xml");

  private final Api admin = Api.as("admin");
  private final Api manager = Api.as("manager");
  private GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @AfterEach
  void noSmtpAgain() throws Exception {
    if (smtp != null) {
      smtp.stop();
    }
    if (Files.deleteIfExists(DROPIN)) {
      awaitSmtp(admin.centreOnTheSandbox("ML", ""), false);
    }
  }

  private String centre(boolean send) {
    Api.listBksbUsers();
    return admin.centreOnTheSandbox(
        "ML",
        "\"defaultPassword\":\""
            + PASSWORD
            + "\",\"autoSendLoginDetails\":"
            + send
            + ",\"linkButtonUrl\":\"https://college.bksb.example/signin\"");
  }

  private JsonObject create(String centre, String ref, String email) {
    String learner = "/api/v1/centres/" + centre + "/learners/" + ref;
    assertEquals(
        201,
        manager
            .put(
                learner,
                "{\"firstName\":\"Mia\",\"lastName\":\"Mail\",\"email\":\"" + email + "\"}")
            .status());
    Api.Reply made = manager.post(learner + "/bksb/account", "application/json", "");
    assertEquals(201, made.status(), made.body());
    assertFalse(made.body().contains(PASSWORD));
    return made.json();
  }

  private JsonObject outbox(String centre) {
    Api.Reply r = manager.get("/api/v1/centres/" + centre + "/outbox");
    assertEquals(200, r.status(), r.body());
    assertFalse(r.body().contains(PASSWORD), "no password in the outbox");
    return r.json();
  }

  /** Waits until the centre's newest email satisfies the test. */
  private JsonObject awaitEmail(String centre, Predicate<JsonObject> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      var items = outbox(centre).getJsonArray("items");
      last = items.isEmpty() ? null : items.getJsonObject(0);
      if (last != null && done.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the email did not get there: " + last);
  }

  /** Waits until the server's mailSession has (or has not) an SMTP host. */
  private void awaitSmtp(String centre, boolean configured) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (outbox(centre).getBoolean("smtpConfigured") == configured) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("smtpConfigured never became " + configured);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Absent or null: JSON-B leaves null members out. */
  private static boolean none(JsonObject o, String member) {
    return !o.containsKey(member) || o.isNull(member);
  }

  private static String status(JsonObject email) {
    return email.getString("status");
  }

  @Test
  void withoutSmtpTheEmailStaysNotSent() throws Exception {
    String centre = centre(true);
    assertFalse(outbox(centre).getBoolean("smtpConfigured"));
    JsonObject made = create(centre, "M1", "m1@learners.example.ac.uk");
    long id = made.getJsonNumber("loginEmailId").longValue();
    JsonObject email = awaitEmail(centre, e -> !status(e).equals("QUEUED"));
    assertEquals(id, email.getJsonNumber("id").longValue());
    assertEquals("NOT_SENT", status(email));
    assertEquals("not sent: no SMTP server configured", email.getString("reason"));
    assertEquals("m1@learners.example.ac.uk", email.getString("recipient"));
    assertEquals("Your bksb login details", email.getString("subject"));
    assertEquals("M1", email.getString("learnerReference"));
    assertEquals(0, email.getInt("attempts"));
    assertTrue(none(email, "nextAttemptAt"), "never tried again");
  }

  @Test
  void aFailedEmailIsSentByALaterRetryAndNoneWhenTheCentreSendsNone() throws Exception {
    String centre = centre(true);
    String quiet = centre(false);
    int port = freePort();
    Files.writeString(
        DROPIN,
        "<server><variable name=\"bksb.mail.host\" value=\"127.0.0.1\"/>"
            + "<variable name=\"bksb.mail.port\" value=\""
            + port
            + "\"/><variable name=\"bksb.mail.tls\" value=\"false\"/>"
            + "<variable name=\"bksb.mail.from\" value=\"bksb@college.example\"/></server>");
    awaitSmtp(centre, true);

    // SMTP is down: the attempt fails and says why; the email waits for its retry.
    JsonObject made = create(centre, "M2", "m2@learners.example.ac.uk");
    JsonObject failed = awaitEmail(centre, e -> status(e).equals("FAILED"));
    assertTrue(failed.getInt("attempts") >= 1);
    assertTrue(
        failed.getString("reason").startsWith("SMTP 127.0.0.1:" + port + ": "),
        failed.getString("reason"));
    assertTrue(failed.getString("reason").contains("Connection refused"), failed.toString());
    assertFalse(none(failed, "nextAttemptAt"), "tried again later");

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    JsonObject sent = awaitEmail(centre, e -> status(e).equals("SENT"));
    assertTrue(none(sent, "reason"), sent.toString());
    assertTrue(sent.getInt("attempts") >= 2, sent.toString());
    assertTrue(smtp.waitForIncomingEmail(10_000, 1));
    MimeMessage m = smtp.getReceivedMessages()[0];
    assertEquals("m2@learners.example.ac.uk", m.getAllRecipients()[0].toString());
    assertEquals("bksb@college.example", m.getFrom()[0].toString());
    assertEquals("Your bksb login details", m.getSubject());
    String body = GreenMailUtil.getBody(m);
    assertTrue(body.contains("Dear Mia,"), body);
    assertTrue(body.contains("Username: " + made.getString("username")), body);
    assertTrue(body.contains("Password: " + PASSWORD), body);
    assertTrue(body.contains("Sign in at: https://college.bksb.example/signin"), body);

    // The setting off: no email queued, none arrives.
    JsonObject silent = create(quiet, "M3", "m3@learners.example.ac.uk");
    assertTrue(none(silent, "loginEmailId"));
    assertEquals(0, outbox(quiet).getJsonNumber("total").longValue());
    Thread.sleep(3000);
    assertEquals(1, smtp.getReceivedMessages().length, "nothing for the centre that sends none");

    passwordNowhere(centre);
  }

  /** Not in the outbox page, not in any of the server's logs. */
  private void passwordNowhere(String centre) throws Exception {
    try (SignedInBrowser b = SignedInBrowser.open("manager", "/outbox.xhtml?centre=" + centre)) {
      b.wait.until(d -> !d.findElements(By.id("emails")).isEmpty());
      Browser.checkAccessible(b.driver, "outbox-sent");
      String page = b.driver.getPageSource();
      assertTrue(page.contains("m2@learners.example.ac.uk"), "the email is listed");
      assertTrue(page.contains("sent"));
      assertFalse(page.contains(PASSWORD));
    }
    List<Path> logs;
    try (Stream<Path> files = Files.walk(Deployments.serverDir().resolve("logs"))) {
      logs = files.filter(Files::isRegularFile).toList();
    }
    assertFalse(logs.isEmpty());
    for (Path log : logs) {
      assertFalse(
          new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains(PASSWORD),
          "the password is in " + log);
    }
  }
}
