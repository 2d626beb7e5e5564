package org.bksbbridge.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox's sender against GreenMail, a real SMTP server in this JVM: the login email as the
 * learner receives it, an SMTP user's login, nothing sent without a host, and a failure's reason
 * without the password.
 */
class MailSenderTest {
  static final String PASSWORD = "Default-Pass-77";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static Session session(String host, int port, String user, String password) {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.from", "bksb-bridge@college.example");
    p.put("mail.smtp.connectiontimeout", "2000");
    p.put("mail.smtp.timeout", "2000");
    if (user == null) {
      return Session.getInstance(p);
    }
    // As Liberty's mailSession does with its user and password.
    p.put("mail.user", user);
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password);
          }
        });
  }

  private static OutgoingMail mail() {
    return OutgoingMail.of(
        "ada@learners.example.ac.uk",
        "Ada",
        "North College",
        "https://college.bksb.example/",
        "ada.lovelace",
        PASSWORD);
  }

  @Test
  void theLearnerReceivesTheirLoginDetails() throws Exception {
    MailSender.Result r =
        MailSender.send(
            session("127.0.0.1", SMTP.getSmtp().getPort(), null, null), mail(), PASSWORD);
    assertEquals(OutboxStatus.SENT, r.status());
    assertNull(r.reason());
    assertTrue(SMTP.waitForIncomingEmail(5000, 1));
    MimeMessage m = SMTP.getReceivedMessages()[0];
    assertEquals("Your bksb login details", m.getSubject());
    assertEquals("ada@learners.example.ac.uk", m.getAllRecipients()[0].toString());
    assertEquals("bksb-bridge@college.example", m.getFrom()[0].toString());
    String body = GreenMailUtil.getBody(m);
    assertTrue(body.contains("Dear Ada,"), body);
    assertTrue(body.contains("North College has made you an account in bksb"), body);
    assertTrue(body.contains("Sign in at: https://college.bksb.example/"), body);
    assertTrue(body.contains("Username: ada.lovelace"), body);
    assertTrue(body.contains("Password: " + PASSWORD), body);
    assertFalse(mail().toString().contains(PASSWORD), "the record's text leaves the body out");
  }

  @Test
  void anSmtpUserSignsIn() throws Exception {
    SMTP.setUser("relay@college.example", "relay-secret");
    MailSender.Result r =
        MailSender.send(
            session("127.0.0.1", SMTP.getSmtp().getPort(), "relay@college.example", "relay-secret"),
            mail(),
            PASSWORD);
    assertEquals(OutboxStatus.SENT, r.status(), r.reason());
    assertTrue(SMTP.waitForIncomingEmail(5000, 1));
    // The credentials are really used: a wrong password is refused by the server.
    MailSender.Result refused =
        MailSender.send(
            session("127.0.0.1", SMTP.getSmtp().getPort(), "relay@college.example", "wrong"),
            mail(),
            PASSWORD);
    assertEquals(OutboxStatus.FAILED, refused.status());
    assertTrue(refused.reason().contains("535"), refused.reason());
    assertEquals(1, SMTP.getReceivedMessages().length);
  }

  @Test
  void withoutAnSmtpHostNothingIsSent() {
    MailSender.Result r = MailSender.send(session("", 25, null, null), mail(), PASSWORD);
    assertEquals(OutboxStatus.NOT_SENT, r.status());
    assertEquals("not sent: no SMTP server configured", r.reason());
    assertEquals(OutboxStatus.NOT_SENT, MailSender.send(null, mail(), PASSWORD).status());
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void aFailureSaysWhyAndNeverShowsThePassword() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    MailSender.Result r =
        MailSender.send(session("127.0.0.1", closed, null, null), mail(), PASSWORD);
    assertEquals(OutboxStatus.FAILED, r.status());
    assertTrue(r.reason().startsWith("SMTP 127.0.0.1:" + closed + ": "), r.reason());
    assertTrue(r.reason().contains("Connection refused"), r.reason());
    assertFalse(r.reason().contains(PASSWORD));
    assertEquals(
        "SMTP h:25: 535 bad *** given",
        MailSender.reason(
            new jakarta.mail.MessagingException("535 bad " + PASSWORD + " given"),
            session("h", 25, null, null),
            PASSWORD));
  }

  @Test
  void retriesBackOffDoublingUpToSixHours() {
    Duration base = Duration.ofSeconds(60);
    assertEquals(Duration.ofSeconds(60), OutboxSender.backoff(1, base));
    assertEquals(Duration.ofSeconds(120), OutboxSender.backoff(2, base));
    assertEquals(Duration.ofSeconds(480), OutboxSender.backoff(4, base));
    assertEquals(Duration.ofHours(6), OutboxSender.backoff(30, base));
  }
}
