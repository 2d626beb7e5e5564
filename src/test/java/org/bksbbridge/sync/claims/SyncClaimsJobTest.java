package org.bksbbridge.sync.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.users.UsersFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sync jobs started together, however started: one per bksb account runs, the other is refused
 * naming it; an overlap that slips past the claims still marks no live user gone; an account with
 * refused keys fails alone; bad parameters fail the job before it does anything.
 */
class SyncClaimsJobTest {
  private static final int USERS = 60;
  private static final Map<String, String> SMALL_PAGES = Map.of("pageSize", "10", "chunkSize", "5");
  private UsersFixture fixture;
  private InProcessSandbox sandbox;
  private SeBatch batch;

  @BeforeEach
  void start() {
    fixture = new UsersFixture(new SandboxGenerator(3, USERS, 0));
    sandbox = fixture.sandbox;
    batch = fixture.batch;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void slowBksb() {
    sandbox.state.faults(new SandboxFaults(0, 503, 40, 0, 0));
  }

  private void awaitClaimed() throws InterruptedException {
    for (int i = 0; i < 200 && batch.db.count("select count(c) from SyncClaim c") == 0; i++) {
      Thread.sleep(10);
    }
    assertEquals(1, batch.db.count("select count(c) from SyncClaim c"), "the first job claimed");
  }

  private long gone() {
    return batch.db.count("select count(u) from BksbUser u where u.gone = true");
  }

  @Test
  void twoStartsAtOnceRunOneAndRefuseTheOtherNamingIt() throws Exception {
    long first = batch.start("bksb-get-users", SMALL_PAGES);
    long second = batch.start("bksb-get-users", SMALL_PAGES);
    JobExecution a = batch.await(first);
    JobExecution b = batch.await(second);
    JobExecution refused = a.getBatchStatus() == BatchStatus.FAILED ? a : b;
    JobExecution ran = refused == a ? b : a;
    assertEquals(BatchStatus.COMPLETED, ran.getBatchStatus());
    assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
    assertTrue(
        refused
            .getExitStatus()
            .startsWith("REFUSED bksb-get-users execution " + ran.getExecutionId()),
        refused.getExitStatus());
    assertEquals(USERS, batch.db.count("select count(u) from BksbUser u"));
    assertEquals(0, gone());
    assertEquals(0, batch.db.count("select count(c) from SyncClaim c"), "claims given back");
  }

  @Test
  void theNightlyRunWaitsForNoOneButIsRefusedWhileUsersAreFetched() throws Exception {
    slowBksb();
    long users = batch.start("bksb-get-users", SMALL_PAGES);
    awaitClaimed();
    long nightly = batch.start("bksb-match-users", Map.of("centreId", "NORTH"));
    JobExecution refused = batch.await(nightly);
    assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
    assertTrue(refused.getExitStatus().contains("execution " + users), refused.getExitStatus());
    assertEquals(BatchStatus.COMPLETED, batch.await(users).getBatchStatus());
  }

  @Test
  void anOverlapThatSlipsPastTheClaimsMarksNoLiveUserGone() throws Exception {
    batch.await(batch.start("bksb-get-users", SMALL_PAGES));
    slowBksb();
    long first = batch.start("bksb-get-users", SMALL_PAGES);
    awaitClaimed();
    // As if the claim had gone stale (a server that stopped beating): the second run goes ahead.
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    em.createQuery("delete from SyncClaim c").executeUpdate();
    em.getTransaction().commit();
    em.close();
    long second = batch.start("bksb-get-users", SMALL_PAGES);
    assertEquals(BatchStatus.COMPLETED, batch.await(first).getBatchStatus());
    assertEquals(BatchStatus.COMPLETED, batch.await(second).getBatchStatus());
    assertEquals(0, gone(), "both listings saw every user");

    sandbox.state.faults(SandboxFaults.NONE);
    sandbox.state.deleteUser(5);
    batch.await(batch.start("bksb-get-users", SMALL_PAGES));
    assertEquals(1, gone(), "a user really gone from bksb still is");
  }

  @Test
  void anAccountWithRefusedKeysFailsAloneAndIsNamed() throws Exception {
    // EAST: another account (the sandbox by another host name) with a secret bksb refuses.
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em,
        "EAST",
        java.net.URI.create(sandbox.base().toString().replace("127.0.0.1", "localhost")),
        InProcessSandbox.KEY,
        "not-the-secret");
    em.close();
    long id = batch.start("bksb-get-users", SMALL_PAGES);
    JobExecution done = batch.await(id);
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
    assertTrue(
        done.getExitStatus().startsWith("COMPLETED_WITH_FAILED_ACCOUNTS bksb account"),
        done.getExitStatus());
    assertTrue(done.getExitStatus().contains("(EAST)"), done.getExitStatus());
    assertEquals(USERS, batch.db.count("select count(u) from BksbUser u"), "the other account");
    assertEquals(
        1, batch.db.count("select count(s) from SkippedRow s where s.rowNumber < 0"), "recorded");
    assertEquals(0, gone());
  }

  @Test
  void badParametersFailTheJobBeforeItStarts() throws Exception {
    for (Map<String, String> params :
        java.util.List.of(
            Map.of("centreId", "NOWHERE"),
            Map.of("partitions", "100"),
            Map.of("partitions", "x"),
            Map.of("full", "yes"),
            Map.of("since", "yesterday"))) {
      JobExecution e = batch.await(batch.start("bksb-get-users", params));
      assertEquals(BatchStatus.FAILED, e.getBatchStatus(), params.toString());
      assertTrue(e.getExitStatus().startsWith("REFUSED "), e.getExitStatus());
    }
    assertEquals(0, batch.db.count("select count(u) from BksbUser u"), "nothing was fetched");
    assertEquals(0, sandbox.state.stats().total("GET api/users/search", 200));
  }
}
