package org.bksbbridge.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.sandbox.CreatedUser;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bksb-create-users under JBeret SE against the in-process sandbox: who gets an account and who is
 * skipped (and why), the dry run that calls no createUser, login emails queued, and a crash between
 * createUser and the commit of the link, after which the restart links the user bksb made instead
 * of making a second one.
 */
class CreateUsersJobTest {
  static final String PASSWORD = "Start-Here-42";

  private InProcessSandbox sandbox;
  private SeBatch batch;

  /** Fails the next finish before anything of it commits, as a crash there would. */
  @Alternative
  @Priority(1)
  @ApplicationScoped
  public static class CrashingLinker extends AccountLinker {
    static volatile boolean crashNext;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CreatedAccount finish(
        AccountPlan plan, AccountRequest r, long bksbUserId, boolean recovered, String by) {
      if (crashNext) {
        crashNext = false;
        throw new IllegalStateException("simulated crash after createUser, before the commit");
      }
      return super.finish(plan, r, bksbUserId, recovered, by);
    }
  }

  @BeforeEach
  void start() throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(7, 30, 0));
    batch = new SeBatch(new SeDatabase(), CrashingLinker.class);
    GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.accounts(em, "NORTH", PASSWORD, true, true);
    em.close();
    CrashingLinker.crashNext = false;
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private long learner(String ref, String email, boolean flagged, String web, LocalDate dob) {
    return TestLearners.store(
        batch.db,
        "NORTH",
        ref,
        new LearnerFields(
            LearnerKind.LEARNER,
            "Ada",
            "Love " + ref,
            email,
            false,
            web,
            dob,
            SystemStatus.LIVE,
            null,
            null,
            flagged,
            null));
  }

  private JobExecution run(String dryRun) throws InterruptedException {
    return batch.await(
        batch.start(
            "bksb-create-users", Map.of("centreId", "NORTH", "dryRun", dryRun, "chunkSize", "2")));
  }

  private BksbLink link(long learnerId) {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery("select k from BksbLink k where k.learnerId = :l", BksbLink.class)
          .setParameter("l", learnerId)
          .getResultStream()
          .findFirst()
          .orElse(null);
    } finally {
      em.close();
    }
  }

  private Map<String, String> skipped(long executionId) {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery(
              "select s from SkippedRow s where s.jobInstanceId = :j",
              org.bksbbridge.jobs.SkippedRow.class)
          .setParameter("j", batch.instanceId(executionId))
          .getResultStream()
          .collect(
              Collectors.toMap(
                  org.bksbbridge.jobs.SkippedRow::getReference,
                  org.bksbbridge.jobs.SkippedRow::getReason));
    } finally {
      em.close();
    }
  }

  static String sha256(String s) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private List<CreatedUser> created(String username) {
    return sandbox.state.created().stream()
        .filter(c -> c.username().equalsIgnoreCase(username))
        .toList();
  }

  @Test
  void beforeTheAccountsUsersWereEverListedNobodyGetsAnAccount() throws Exception {
    SandboxUser three = sandbox.state.user(3).orElseThrow();
    // As on a new server: bksb has this person, but we have never read bksb's users to the end.
    learner("N9", three.email(), false, null, null);
    learner("N1", "n1@example.ac.uk", false, null, null);
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    em.createQuery("update BksbAccount a set a.completeListingStartedAt = null").executeUpdate();
    em.getTransaction().commit();
    em.close();

    JobExecution real = run("false");
    assertEquals(BatchStatus.COMPLETED, real.getBatchStatus());
    assertEquals("CREATED 0, SKIPPED 2, FAILED 0", real.getExitStatus());
    assertEquals(List.of(), sandbox.state.created(), "no createUser");
    Map<String, String> listed = skipped(real.getExecutionId());
    assertEquals("skipped: " + AccountChecks.NOT_LISTED, listed.get("N9"));
    assertEquals("skipped: " + AccountChecks.NOT_LISTED, listed.get("N1"));
  }

  @Test
  void createsOnlyWhereNoBksbUserCouldBeTheLearnerAndTheDryRunCallsNoCreateUser() throws Exception {
    SandboxUser three = sandbox.state.user(3).orElseThrow();
    long fresh = learner("N1", "n1@example.ac.uk", false, null, null);
    long noEmail = learner("N2", null, false, null, null);
    long flagged = learner("N3", "n3@example.ac.uk", true, null, null);
    long sameEmail = learner("N4", three.email(), false, null, null);
    long sameName = learner("N5", "n5@example.ac.uk", false, three.username(), null);
    long web = learner("N6", "n6@example.ac.uk", false, "n6.web", null);

    Map<String, Map<Integer, Long>> callsBefore = sandbox.state.stats().snapshot();
    JobExecution dry = run("true");
    assertEquals(BatchStatus.COMPLETED, dry.getBatchStatus());
    assertEquals("DRY_RUN would create 2, skip 4 (nothing was sent to bksb)", dry.getExitStatus());
    assertEquals(List.of(), sandbox.state.created(), "a dry run calls no createUser");
    assertEquals(callsBefore, sandbox.state.stats().snapshot(), "nor any other bksb call");
    Map<String, String> listed = skipped(dry.getExecutionId());
    assertEquals("dry run, would create: ada.loven1.n1 for n1@example.ac.uk", listed.get("N1"));
    assertEquals("dry run, would create: n6.web for n6@example.ac.uk", listed.get("N6"));
    assertEquals("skipped: no email", listed.get("N2"));
    assertEquals("skipped: flagged as having a bksb account: link them instead", listed.get("N3"));
    assertTrue(
        listed.get("N4").contains(three.username() + " (id 3) has this email"), listed.get("N4"));
    assertTrue(
        listed.get("N5").contains("has the user name " + three.username()), listed.get("N5"));
    assertNull(link(fresh));

    JobExecution real = run("false");
    assertEquals(BatchStatus.COMPLETED, real.getBatchStatus());
    assertEquals("CREATED 2, SKIPPED 4, FAILED 0", real.getExitStatus());
    assertEquals(1, created("ada.loven1.n1").size());
    CreatedUser n6 = created("n6.web").get(0);
    assertTrue(n6.autoEnrolCourses());
    assertEquals(sha256(PASSWORD), n6.passwordSha256(), "the centre's default password");
    assertEquals(MatchMethod.CREATED, link(fresh).getMethod());
    assertEquals(n6.userId(), link(web).getBksbUserId());
    for (long none : new long[] {noEmail, flagged, sameEmail, sameName}) {
      assertNull(link(none));
    }
    assertEquals(2, batch.db.count("select count(o) from OutboxEmail o"), "login emails queued");
    assertEquals(
        1,
        batch.db.count(
            "select count(u) from BksbUser u where u.emailKey = ?1 and u.gone = false",
            "n1@example.ac.uk"),
        "the new user is known by its email before the next listing");
    assertEquals(
        0, batch.db.count("select count(p) from PendingCreation p"), "no creation left pending");
    // The MIS hears of each account and its link, in the creation's transaction; never the
    // password.
    assertEquals(
        2, batch.db.count("select count(e) from MisEvent e where e.type = 'account.created'"));
    assertEquals(
        2,
        batch.db.count(
            "select count(e) from MisEvent e where e.type = 'learner.linked'"
                + " and e.payload like '%\"method\":\"CREATED\"%'"));
    assertEquals(
        0,
        batch.db.count(
            "select count(e) from MisEvent e where e.payload like ?1", "%" + PASSWORD + "%"));
    // The audit trail has each creation, by whom; never the password.
    assertEquals(
        2,
        batch.db.count(
            "select count(a) from AuditEntry a where a.action ="
                + " org.bksbbridge.audit.AuditAction.BKSB_ACCOUNT_CREATED"));
    assertEquals(
        0,
        batch.db.count(
            "select count(a) from AuditEntry a where a.newValue like ?1", "%" + PASSWORD + "%"));
  }

  @Test
  void aCrashBetweenCreateUserAndTheCommitThenARestartMakesNoSecondUser() throws Exception {
    long l = learner("C1", "c1@example.ac.uk", false, "c1.web", null);
    CrashingLinker.crashNext = true;

    JobExecution crashed = run("false");
    assertEquals(BatchStatus.FAILED, crashed.getBatchStatus());
    assertEquals(1, created("c1.web").size(), "bksb made the user");
    assertNull(link(l), "but the link never committed");
    assertEquals(1, batch.db.count("select count(p) from PendingCreation p"));

    JobExecution restarted = batch.await(batch.restart(crashed.getExecutionId()));
    assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
    assertEquals(1, created("c1.web").size(), "no second user");
    assertEquals(created("c1.web").get(0).userId(), link(l).getBksbUserId());
    assertEquals(MatchMethod.CREATED, link(l).getMethod());
    assertEquals(0, batch.db.count("select count(p) from PendingCreation p"));
    assertEquals(
        Map.of(200, 1L),
        sandbox.state.stats().snapshot().get("POST api/users/createUser"),
        "createUser was called once");
  }
}
