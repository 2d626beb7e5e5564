package org.bksbbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.persistence.EntityManager;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every step that calls bksb, under JBeret SE, with DEMO's account working and NORTH's keys refused
 * (401), and where cheap a third account bksb never answers (EAST, a closed port): the failed
 * accounts are skipped, recorded and named, the working account's work is done, and the job ends
 * COMPLETED with an exit status that says so.
 */
class FailedAccountJobsTest {
  private static final String UNLISTED = "nobody.in.bksb";
  private InProcessSandbox sandbox;
  private SeBatch batch;

  @BeforeEach
  void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(3, 30, 4));
    batch = new SeBatch(new SeDatabase());
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em, "DEMO", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    // Another account (the sandbox by another host name) whose secret bksb refuses.
    SettingsFixture.enable(
        em,
        "NORTH",
        URI.create(sandbox.base().toString().replace("127.0.0.1", "localhost")),
        InProcessSandbox.KEY,
        "not-the-secret");
    em.close();
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  /** EAST: an account at a port nothing listens on. */
  private void unreachableEast() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em,
        "EAST",
        URI.create("http://127.0.0.1:" + port + "/bksb-sandbox/"),
        InProcessSandbox.KEY,
        InProcessSandbox.SECRET);
    em.close();
  }

  private JobExecution run(String job, Map<String, String> params) throws Exception {
    JobExecution done = batch.await(batch.start(job, params));
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus(), done.getExitStatus());
    assertEquals(
        1,
        batch.db.count(
            "select count(r) from JobRun r where r.executionId = ?1 and r.exitStatus = ?2",
            done.getExecutionId(),
            done.getExitStatus()),
        "the jobs console tells what the execution does");
    return done;
  }

  private static void assertNames(JobExecution done, String... failedCentres) {
    String exit = done.getExitStatus();
    assertTrue(exit.startsWith("COMPLETED_WITH_FAILED_ACCOUNTS "), exit);
    for (String centre : failedCentres) {
      assertTrue(exit.contains("(" + centre + ")"), exit);
    }
    assertFalse(exit.contains("(DEMO)"), exit);
  }

  private long accountFailures(JobExecution done) {
    return batch.db.count(
        "select count(s) from SkippedRow s where s.jobInstanceId = ?1 and s.rowNumber < 0",
        batch.instanceId(done.getExecutionId()));
  }

  private long calls(String endpoint, int status) {
    return sandbox.state.stats().total(endpoint, status);
  }

  private long learner(String centre, String ref, String email, String bksbUsername) {
    return TestLearners.store(
        batch.db,
        centre,
        ref,
        new LearnerFields(
            LearnerKind.LEARNER,
            "Ada",
            "Love " + ref,
            email,
            email != null,
            null,
            null,
            SystemStatus.LIVE,
            null,
            null,
            bksbUsername != null,
            bksbUsername));
  }

  private String email(long bksbUserId) {
    return sandbox.state.user(bksbUserId).orElseThrow().email();
  }

  private long links(String centre) {
    return batch.db.count("select count(k) from BksbLink k where k.centreId = ?1", centre);
  }

  private String apiUrl(String centre) {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery(
              "select s.apiUrl from BksbSettings s where s.centreId = :c", String.class)
          .setParameter("c", centre)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  @Test
  void usersSkipARefusedAndAnUnreachableAccountAndListTheOther() throws Exception {
    unreachableEast();
    JobExecution done = run("bksb-get-users", Map.of());
    assertNames(done, "NORTH", "EAST");
    assertEquals(30, batch.db.count("select count(u) from BksbUser u"), "DEMO's users");
    assertEquals(2, accountFailures(done), "each failed account recorded once");
  }

  @Test
  void matchingSkipsTheRefusedAccountsCentresAfterOneCallAndMatchesTheOthers() throws Exception {
    run("bksb-get-users", Map.of());
    unreachableEast();
    for (long id = 1; id <= 3; id++) {
      learner("DEMO", "D" + id, email(id), null);
    }
    learner("NORTH", "N1", null, UNLISTED);
    learner("NORTH", "N2", null, UNLISTED + ".two");
    learner("EAST", "E1", null, UNLISTED);
    sandbox.state.stats().reset();

    JobExecution done = run("bksb-match-users", Map.of("partitions", "1", "chunkSize", "2"));
    assertNames(done, "NORTH", "EAST");
    assertEquals(3, links("DEMO"), "DEMO's learners are matched");
    assertEquals(0, links("NORTH") + links("EAST"));
    assertEquals(
        1,
        calls("GET api/users/user/getUserId", 401),
        "NORTH's second learner is skipped without asking bksb again");
    assertEquals(2, accountFailures(done));
  }

  @Test
  void resultsOfTheRefusedAccountAreSkippedAndTheOthersDownloaded() throws Exception {
    run("bksb-get-users", Map.of());
    link("DEMO", "D1", 1);
    link("DEMO", "D2", 2);
    link("NORTH", "N1", 3);
    link("NORTH", "N2", 4);

    JobExecution done = run("bksb-get-assessments", Map.of("partitions", "1", "chunkSize", "1"));
    assertNames(done, "NORTH");
    // Four results per user, two of them initial; diagnostics are off.
    assertEquals(4, batch.db.count("select count(r) from AssessmentResult r"));
    assertEquals(1, calls(AssessmentFixture.INITIAL, 401), "one refused call, then skipped");
    assertEquals(
        2,
        batch.db.count(
            "select count(s) from SkippedRow s where s.jobInstanceId = ?1 and s.rowNumber > 0",
            batch.instanceId(done.getExecutionId())),
        "NORTH's learners are listed as skipped");
    assertEquals(1, accountFailures(done));
  }

  /** The review's case: NORTH's key refused, a NORTH learner flagged with a name bksb lacks. */
  @Test
  void theNightlySkipsTheRefusedAccountInEveryStepAndDownloadsTheOthersResults() throws Exception {
    for (long id = 1; id <= 3; id++) {
      learner("DEMO", "D" + id, email(id), null);
    }
    learner("NORTH", "N1", null, UNLISTED);

    JobExecution done = run("bksb-nightly", Map.of("partitions", "2", "matchPartitions", "2"));
    assertNames(done, "NORTH");
    assertEquals(3, links("DEMO"));
    assertEquals(6, batch.db.count("select count(r) from AssessmentResult r"), "DEMO's results");
    assertEquals(1, calls("GET api/users/search", 401), "the users step's one refused call");
    assertEquals(
        0,
        calls("GET api/users/user/getUserId", 401),
        "matching knows NORTH failed in this run and does not ask with its key");
    assertEquals(1, accountFailures(done), "recorded by the users step");
  }

  /**
   * A job that fails for another reason never claims COMPLETED. Its restart tries NORTH again (its
   * keys may have been put right meanwhile): refused again, once, it is skipped and named again.
   */
  @Test
  void aNightlyThatFailsSaysSoAndItsRestartTriesTheRefusedAccountOnceMore() throws Exception {
    JobExecution failed = failedNightly();

    JobExecution done = batch.await(batch.restart(failed.getExecutionId()));
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus(), done.getExitStatus());
    assertNames(done, "NORTH");
    assertEquals(3, links("DEMO"));
    assertEquals(6, batch.db.count("select count(r) from AssessmentResult r"));
    assertEquals(
        1,
        calls("GET api/users/user/getUserId", 401),
        "the restart asks with NORTH's key once, then skips NORTH for the rest of it");
  }

  /** The reviewer's case: NORTH's keys put right before the restart, which then does its work. */
  @Test
  void aRestartAfterTheKeysWerePutRightDoesTheAccountsWork() throws Exception {
    JobExecution failed = failedNightly();
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.secret(em, "NORTH", InProcessSandbox.SECRET);
    em.close();

    JobExecution done = batch.await(batch.restart(failed.getExecutionId()));
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus(), done.getExitStatus());
    assertFalse(
        done.getExitStatus().contains("FAILED_ACCOUNTS"),
        "nothing failed: " + done.getExitStatus());
    assertEquals(0, calls("GET api/users/user/getUserId", 401), "no refused call");
    assertTrue(
        calls("GET api/users/user/getUserId", 200) + calls("GET api/users/user/getUserId", 404) > 0,
        "NORTH's learner was looked up in bksb with the keys put right");
  }

  private JobExecution failedNightly() throws Exception {
    for (long id = 1; id <= 3; id++) {
      learner("DEMO", "D" + id, email(id), null);
    }
    learner("NORTH", "N1", null, UNLISTED);
    batch.transactions.afterCommit(
        () -> links("DEMO") > 0,
        () -> {
          throw new IllegalStateException("simulated database failure in the match step");
        });
    JobExecution failed =
        batch.await(batch.start("bksb-nightly", Map.of("partitions", "1", "matchPartitions", "1")));
    assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
    assertTrue(
        failed.getExitStatus().startsWith("FAILED_WITH_FAILED_ACCOUNTS bksb account"),
        failed.getExitStatus());
    assertEquals(
        1,
        batch.db.count(
            "select count(r) from JobRun r where r.executionId = ?1 and r.exitStatus = ?2",
            failed.getExecutionId(),
            failed.getExitStatus()));
    assertEquals(0, calls("GET api/users/user/getUserId", 401), "NORTH failed in the users step");
    return failed;
  }

  @Test
  void createUsersSkipsTheRefusedAccountAfterOneCallAndTheOtherCentreCreates() throws Exception {
    run("bksb-get-users", Map.of());
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    // NORTH's users were listed before its key was revoked: creating would go ahead.
    em.createQuery("update BksbAccount a set a.completeListingStartedAt = :t")
        .setParameter("t", Instant.now())
        .executeUpdate();
    em.getTransaction().commit();
    SettingsFixture.accounts(em, "NORTH", "Start-Here-42", false, false);
    SettingsFixture.accounts(em, "DEMO", "Start-Here-42", false, false);
    em.close();
    learner("NORTH", "N1", "n1@example.ac.uk", null);
    learner("NORTH", "N2", "n2@example.ac.uk", null);
    learner("DEMO", "D1", "d1@example.ac.uk", null);
    sandbox.state.stats().reset();

    JobExecution north = run("bksb-create-users", Map.of("centreId", "NORTH", "chunkSize", "1"));
    assertNames(north, "NORTH");
    assertTrue(
        north.getExitStatus().contains("(CREATED 0, SKIPPED 0, FAILED 0)"), north.getExitStatus());
    assertEquals(1, calls("GET api/users/isUsernameExists", 401), "N2 is skipped without a call");
    assertEquals(List.of(), sandbox.state.created());
    assertEquals(1, accountFailures(north));

    JobExecution demo = run("bksb-create-users", Map.of("centreId", "DEMO"));
    assertEquals("CREATED 1, SKIPPED 0, FAILED 0", demo.getExitStatus());
    assertEquals(1, links("DEMO"));
  }

  private void link(String centre, String ref, long bksbUserId) {
    long learnerId = learner(centre, ref, null, null);
    long account =
        batch.db.count("select a.id from BksbAccount a where a.apiUrl = ?1", apiUrl(centre));
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    em.persist(
        new BksbLink(
            centre,
            learnerId,
            account,
            bksbUserId,
            "user" + bksbUserId,
            MatchMethod.MANUAL,
            Instant.now(),
            "test"));
    em.getTransaction().commit();
    em.close();
  }
}
