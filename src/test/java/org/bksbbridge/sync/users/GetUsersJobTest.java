package org.bksbbridge.sync.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bksb-get-users, the packaged JSL under JBeret SE, against the sandbox served in-process. */
class GetUsersJobTest {
  private static final int USERS = 45;
  private UsersFixture fixture;
  private InProcessSandbox sandbox;
  private SeBatch batch;

  @BeforeEach
  void start() {
    fixture = new UsersFixture(new SandboxGenerator(5, USERS, 2));
    sandbox = fixture.sandbox;
    batch = fixture.batch;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private long run() throws InterruptedException {
    long id = batch.start("bksb-get-users", Map.of("pageSize", "20", "chunkSize", "15"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    assertEquals(
        1,
        batch.db.count(
            "select count(r) from JobRun r where r.executionId = ?1 and r.jobName = ?2"
                + " and r.centreId is null and r.endedAt is not null",
            id,
            "bksb-get-users"),
        "the run is recorded for the jobs console, with its end");
    return id;
  }

  private BksbUser user(long bksbUserId) {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery("select u from BksbUser u where u.bksbUserId = :id", BksbUser.class)
          .setParameter("id", bksbUserId)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  @Test
  void sharedAccountsAreFetchedOnce() throws Exception {
    run();
    assertEquals(1, batch.db.count("select count(a) from BksbAccount a"));
    assertEquals(USERS, batch.db.count("select count(u) from BksbUser u"));
    // 45 users in pages of 20: three calls, for the one account both centres use.
    assertEquals(3, sandbox.state.stats().total("GET api/users/search", 200));
    SandboxUser expected = sandbox.state.user(7).orElseThrow();
    BksbUser stored = user(7);
    assertEquals(expected.username(), stored.getUsername());
    assertEquals(expected.email(), stored.getEmail());
  }

  @Test
  void changesAreWrittenAndUsersGoneFromBksbAreMarkedNotDeleted() throws Exception {
    run();
    var untouched = user(9).getUpdatedAt();
    SandboxUser seven = sandbox.state.user(7).orElseThrow();
    sandbox.state.putUser(
        new SandboxUser(
            7,
            seven.username(),
            "new.address@example.ac.uk",
            seven.firstName(),
            seven.lastName(),
            seven.dateOfBirth()));
    sandbox.state.deleteUser(8);

    run();
    assertEquals(USERS, batch.db.count("select count(u) from BksbUser u"), "nothing is deleted");
    assertEquals("new.address@example.ac.uk", user(7).getEmail());
    assertTrue(user(8).isGone());
    assertFalse(user(9).isGone());
    assertEquals(1, batch.db.count("select count(u) from BksbUser u where u.gone = true"));
    assertEquals(untouched, user(9).getUpdatedAt(), "an unchanged user is not written");

    sandbox.state.reset();
    run();
    assertFalse(user(8).isGone(), "a user back in bksb is no longer gone");
  }

  @Test
  void aRestartAfterACrashAddsNoDuplicates() throws Exception {
    batch.transactions.crashAfterCommit(3);
    long first = batch.start("bksb-get-users", Map.of("pageSize", "20", "chunkSize", "15"));
    assertEquals(BatchStatus.FAILED, batch.await(first).getBatchStatus());
    long partial = batch.db.count("select count(u) from BksbUser u");
    assertNotEquals(USERS, partial);

    long second = batch.restart(first);
    assertEquals(BatchStatus.COMPLETED, batch.await(second).getBatchStatus());
    assertEquals(USERS, batch.db.count("select count(u) from BksbUser u"));
    assertEquals(USERS, batch.db.count("select count(distinct u.bksbUserId) from BksbUser u"));
    assertEquals(0, batch.db.count("select count(u) from BksbUser u where u.gone = true"));
  }

  @Test
  void aSecretChangedInOneCentreIsUsedForTheSharedAccount() throws Exception {
    // EAST and WEST share a second account (the same sandbox by another host name); EAST kept an
    // old secret, WEST saved the current one later.
    java.net.URI other =
        java.net.URI.create(sandbox.base().toString().replace("127.0.0.1", "localhost"));
    EntityManager em = batch.db.newEntityManager();
    org.bksbbridge.settings.SettingsFixture.enable(
        em,
        "EAST",
        other,
        InProcessSandbox.KEY,
        "old-secret",
        java.time.Instant.parse("2026-11-01T09:00:00Z"));
    org.bksbbridge.settings.SettingsFixture.enable(
        em,
        "WEST",
        other,
        InProcessSandbox.KEY,
        InProcessSandbox.SECRET,
        java.time.Instant.parse("2026-11-02T09:00:00Z"));
    em.close();
    run();
    assertEquals(2, batch.db.count("select count(a) from BksbAccount a"));
    assertEquals(
        2L * USERS, batch.db.count("select count(u) from BksbUser u"), "both accounts fetched");
  }

  @Test
  void aListingThatFailsOnAPageFetchedAheadMarksNobodyGone() throws Exception {
    run();
    sandbox.state.deleteUser(44);
    // Page 1 of 3 is fetched; when the reader hands page 2 to be fetched ahead, bksb fails every
    // call from then on, retries included.
    batch.env.handOver(
        task -> {
          sandbox.state.faults(new SandboxFaults(1.0, 503, 0, 0, 0));
          SeEnvironment.threads().execute(task);
        });
    long failed;
    try {
      failed = batch.start("bksb-get-users", Map.of("pageSize", "20", "chunkSize", "15"));
      assertEquals(BatchStatus.COMPLETED, batch.await(failed).getBatchStatus());
    } finally {
      batch.env.handOver(null);
      sandbox.state.faults(SandboxFaults.NONE);
    }
    assertEquals(1, sandbox.state.stats().total("GET api/users/search", 200) - 3, "page 1 only");
    assertTrue(sandbox.state.stats().total("GET api/users/search", 503) > 0);
    assertEquals(
        1,
        batch.db.count("select count(s) from SkippedRow s"),
        "the account is recorded as not listed");
    assertFalse(user(44).isGone(), "a listing that stopped part way proves nobody gone");

    run();
    assertTrue(user(44).isGone(), "the next whole listing does");
  }
}
