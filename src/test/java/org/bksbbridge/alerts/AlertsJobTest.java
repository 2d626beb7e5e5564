package org.bksbbridge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bksbbridge.jobs.HeldChangeDecisions;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.mail.MailSessions;
import org.bksbbridge.mail.Outbox;
import org.bksbbridge.mail.OutboxSender;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.AdminCaller;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alerts (issue 26) end to end under JBeret SE: each kind raised where it happens, emailed through
 * the outbox to GreenMail (a real SMTP server in this JVM), at most once per centre and kind in the
 * quiet period with a count after it, and resolved when the condition clears.
 */
class AlertsJobTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String OPS = "ops@north.example.ac.uk";

  /** The outbox's mail session: GreenMail's. */
  @ApplicationScoped
  @Alternative
  @Priority(1)
  public static class GreenMailSessions extends MailSessions {
    @Override
    public Session current() {
      Properties p = new Properties();
      p.put("mail.smtp.host", "127.0.0.1");
      p.put("mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
      p.put("mail.from", "bksb-bridge@college.example");
      return Session.getInstance(p);
    }
  }

  private InProcessSandbox sandbox;
  private SeBatch batch;

  @BeforeEach
  void start() throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(4, 60, 0));
    batch = new SeBatch(new SeDatabase(), AdminCaller.class, GreenMailSessions.class);
    GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.alertEmails(em, "NORTH", OPS, "head@north.example.ac.uk");
    em.close();
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  /** Sends every due email, as the outbox's timer would. */
  private List<MimeMessage> sendAll() {
    OutboxSender sender = bean(OutboxSender.class);
    for (long id : bean(Outbox.class).due(100)) {
      sender.attempt(id);
    }
    return List.of(SMTP.getReceivedMessages());
  }

  private long open(String centre, AlertKind kind) {
    return batch.db.count(
        "select count(a) from Alert a where a.centreId = ?1 and a.kind = ?2 and a.status = ?3",
        centre,
        kind,
        Alert.Status.OPEN);
  }

  private void runFailed(long execution, String centre) {
    JobRuns runs = bean(JobRuns.class);
    Instant now = Instant.now();
    runs.started(execution, execution, "bksb-get-assessments", centre, "test", now, null);
    runs.ended(execution, "FAILED", "FAILED", now, "FAILED");
  }

  @Test
  void aFailedJobIsEmailedOnceInTheQuietPeriodThenWithTheCount() throws Exception {
    for (long e = 1000; e < 1100; e++) {
      runFailed(e, "NORTH");
    }
    List<MimeMessage> first = sendAll();
    assertEquals(2, first.size(), "one email to each address, not a hundred");
    MimeMessage m = first.get(0);
    assertTrue(m.getSubject().contains("centre NORTH: a bksb-bridge job failed"), m.getSubject());
    String body = GreenMailUtil.getBody(m);
    // Made when sent: the latest of the hundred, and how often.
    assertTrue(body.contains("What happened: bksb-get-assessments execution 1099 failed"), body);
    assertTrue(body.contains("It has happened 100 times since"), body);
    assertTrue(body.contains("What to do:"), body);
    assertTrue(body.contains("jobs.xhtml?centre=NORTH"), body);
    assertEquals(1, open("NORTH", AlertKind.JOB_FAILED));
    assertEquals(
        100, batch.db.count("select max(a.occurrences) from Alert a where a.centreId = 'NORTH'"));

    // After the quiet period, one email tells of the 99 since.
    int queued = bean(AlertRounds.class).emailHeldBack(Instant.now().plus(Duration.ofMinutes(61)));
    assertEquals(1, queued);
    List<MimeMessage> all = sendAll();
    assertEquals(4, all.size());
    assertTrue(all.get(3).getSubject().contains("(100 times)"), all.get(3).getSubject());
    assertEquals(0, bean(AlertRounds.class).emailHeldBack(Instant.now().plus(Duration.ofHours(3))));

    // A completed run of the centre clears it; the banner's list keeps it a week as resolved.
    JobRuns runs = bean(JobRuns.class);
    runs.started(2000, 2000, "bksb-get-assessments", "NORTH", "test", Instant.now(), null);
    runs.ended(2000, "COMPLETED", "COMPLETED", Instant.now(), "COMPLETED");
    assertEquals(0, open("NORTH", AlertKind.JOB_FAILED));
    assertEquals(Alerts.CLEARED, bean(AlertService.class).list("NORTH").get(0).resolvedBy());
  }

  @Test
  void aRefusedAccountAHeldChangeAndAGivenUpLoginEmailRaiseTheirAlerts() throws Exception {
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(em, "WEST", sandbox.base(), "west-key", "refused-secret");
    SettingsFixture.alertEmails(em, "WEST", "ops@west.example.ac.uk");
    em.close();
    for (long id = 21; id <= 60; id++) {
      sandbox.state.deleteUser(id);
    }
    var done = batch.await(batch.start("bksb-get-users", Map.of()));
    assertTrue(
        done.getExitStatus().startsWith("COMPLETED_WITH_FAILED_ACCOUNTS"), done.getExitStatus());
    assertEquals(1, open("WEST", AlertKind.ACCOUNT_SKIPPED));
    assertEquals(0, open("NORTH", AlertKind.ACCOUNT_SKIPPED));
    // 40 of 60 users unlisted: the marking is held, and both centres of the account are told.
    assertEquals(1, open("NORTH", AlertKind.CHANGE_HELD));
    assertEquals(1, open("SOUTH", AlertKind.CHANGE_HELD));

    long login =
        bean(Outbox.class).queueLoginDetails("NORTH", 1, "N1", "ann@learners.example", "ann.lee");
    bean(Outbox.class).failed(login, "550 mailbox unavailable", null);
    assertEquals(1, open("NORTH", AlertKind.LOGIN_EMAIL_FAILED));

    List<MimeMessage> sent = sendAll();
    List<String> subjects = sent.stream().map(AlertsJobTest::subject).toList();
    assertTrue(
        subjects.contains("bksb-bridge, centre WEST: bksb skipped the centre's account"),
        subjects.toString());
    assertTrue(
        subjects.contains("bksb-bridge, centre NORTH: a change waits for your approval"),
        subjects.toString());
    assertTrue(
        subjects.contains("bksb-bridge, centre NORTH: a learner's login email could not be sent"),
        subjects.toString());
    assertEquals(
        0, subjects.stream().filter(s -> s.contains("SOUTH")).count(), "SOUTH has no address");

    bean(HeldChangeDecisions.class).discard(done.getExecutionId(), null);
    assertEquals(0, open("NORTH", AlertKind.CHANGE_HELD));
    assertEquals(0, open("SOUTH", AlertKind.CHANGE_HELD));
  }

  @Test
  void resultsNotDownloadedForTooLongRaiseAnAlertThatClearsWhenFresh() {
    Instant saved = Instant.parse("2026-11-01T02:00:00Z");
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em, "EAST", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET, saved);
    em.close();
    AlertRounds rounds = bean(AlertRounds.class);
    rounds.checkFreshness(saved.plus(Duration.ofHours(25)));
    assertEquals(0, open("EAST", AlertKind.RESULTS_STALE));
    rounds.checkFreshness(saved.plus(Duration.ofHours(27)));
    rounds.checkFreshness(saved.plus(Duration.ofHours(28)));
    assertEquals(1, open("EAST", AlertKind.RESULTS_STALE));
    assertEquals(
        1,
        batch.db.count("select max(a.occurrences) from Alert a where a.centreId = 'EAST'"),
        "a standing condition is one occurrence");
    JobRuns runs = bean(JobRuns.class);
    Instant later = saved.plus(Duration.ofHours(30));
    runs.started(3000, 3000, "bksb-get-assessments", "EAST", "test", later, null);
    runs.ended(3000, "COMPLETED", "COMPLETED", later, "COMPLETED");
    rounds.checkFreshness(later.plus(Duration.ofHours(1)));
    assertEquals(0, open("EAST", AlertKind.RESULTS_STALE));
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
