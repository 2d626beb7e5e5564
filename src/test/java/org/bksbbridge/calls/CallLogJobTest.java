package org.bksbbridge.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbCall;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.LoggingTestBksbClients;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call log of real runs: bksb-nightly and bksb-get-users under JBeret SE against the sandbox,
 * with NORTH's "Log scheduled sync API calls" on. Every attempt of a run is recorded with the run's
 * execution id, in the steps' own threads and in the results step's partitions alike, and the log
 * filters and pages them.
 */
class CallLogJobTest {
  private static final String USERS = "/users/search";
  private static final String INITIAL = "/results/initialAssessment/{id}/all";

  private InProcessSandbox sandbox;
  private SeBatch batch;
  private CallLog log;

  @BeforeEach
  void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(3, 30, 4));
    batch = new SeBatch(new SeDatabase(), LoggingTestBksbClients.class);
    log = CDI.current().select(CallLog.class).get();
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em, "NORTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    em.close();
    for (long id = 1; id <= 10; id++) {
      String email = sandbox.state.user(id).orElseThrow().email();
      TestLearners.store(
          batch.db,
          "NORTH",
          "L" + id,
          TestLearners.live(LearnerKind.LEARNER, "First", "Last", email, true, null, null));
    }
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private void logging(boolean on) {
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.logCalls(em, "NORTH", on);
    em.close();
  }

  private long run(String job, Map<String, String> params) throws InterruptedException {
    long id = batch.start(job, params);
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    return id;
  }

  private CallLog.Page page(Long execution, Boolean ok, Integer status, String endpoint, int size) {
    return log.page(new CallLog.Filter("NORTH", execution, ok, status, endpoint), 1, size);
  }

  private List<BksbCall> all() {
    return page(null, null, null, null, 10_000).items();
  }

  @Test
  void everyAttemptOfARunCarriesItsExecutionInStepsAndPartitions() throws Exception {
    logging(true);
    long nightly = run("bksb-nightly", Map.of("partitions", "3"));

    List<BksbCall> calls = all();
    assertFalse(calls.isEmpty());
    assertTrue(
        calls.stream().allMatch(c -> Long.valueOf(nightly).equals(c.executionId())),
        "every call names the run: " + calls);
    assertTrue(calls.stream().allMatch(c -> "NORTH".equals(c.centreId())));
    // Every attempt the sandbox answered is in the log: the users step and the partitions.
    long listed = calls.stream().filter(c -> c.endpoint().equals(USERS)).count();
    long results = calls.stream().filter(c -> c.endpoint().equals(INITIAL)).count();
    assertEquals(sandbox.state.stats().total("GET api" + USERS, 200), listed);
    assertEquals(sandbox.state.stats().total("GET api" + INITIAL, 200), results);
    assertEquals(10, results, "one initial-results call per linked learner");
    assertTrue(calls.stream().allMatch(c -> c.path().startsWith("/bksb-sandbox/api/")));
    assertFalse(calls.toString().contains(InProcessSandbox.SECRET));

    long users = run("bksb-get-users", Map.of());
    CallLog.Page ofUsers = page(users, null, null, null, 100);
    assertEquals(1, ofUsers.total(), "30 users: one page");
    assertEquals(users, ofUsers.items().get(0).executionId());
    CallLog.Page ofNightly = page(nightly, null, null, null, 100);
    assertEquals(calls.size(), ofNightly.total(), "the first run's calls, and no others");
    assertEquals(calls.size() + 1, page(null, null, null, null, 1).total());
  }

  @Test
  void nothingIsRecordedWhileLoggingIsOff() throws Exception {
    run("bksb-nightly", Map.of());
    assertEquals(0, batch.db.count("select count(e) from CallLogEntry e"));
    logging(true);
    run("bksb-get-users", Map.of());
    assertEquals(1, batch.db.count("select count(e) from CallLogEntry e"));
  }

  @Test
  void failedAttemptsAndEndpointsFilterAndPagesFollowOnNewestFirst() throws Exception {
    logging(true);
    sandbox.state.faults(new SandboxFaults(0.3, 503, 0, 0, 0));
    // At 30%, all of the run's 11 calls succeed one time in 50: the first fails whatever the dice.
    sandbox.state.failNext(1);
    long nightly = run("bksb-nightly", Map.of("partitions", "2"));
    sandbox.state.faults(SandboxFaults.NONE);

    List<BksbCall> calls = all();
    long failed = calls.stream().filter(c -> c.status() == 503).count();
    assertTrue(
        failed > 0,
        "the first call and a 30% fault rate failed some of "
            + calls
            + " "
            + sandbox.state.stats().snapshot());
    assertEquals(
        sandbox.state.stats().total("GET api" + USERS, 503)
            + sandbox.state.stats().total("GET api" + INITIAL, 503),
        failed,
        "every failed attempt is in the log: none is retried out of its sight");
    assertEquals(failed, page(nightly, false, null, null, 10).total());
    assertEquals(failed, page(null, null, 503, null, 10).total());
    assertEquals(calls.size() - failed, page(null, true, null, null, 10).total());
    assertEquals(0, page(null, null, 0, null, 10).total(), "every attempt was answered");
    assertTrue(calls.stream().anyMatch(c -> c.attempt() > 1), "retries count up");
    assertTrue(page(null, false, null, null, 500).items().stream().noneMatch(BksbCall::ok));

    CallLog.Page users = page(null, null, null, USERS, 500);
    assertTrue(users.total() > 0);
    assertTrue(users.items().stream().allMatch(c -> c.endpoint().equals(USERS)));

    // Pages of 7, one after another, give the whole list, newest first, each call once.
    List<BksbCall> paged = new ArrayList<>();
    for (int p = 1; p <= (calls.size() + 6) / 7; p++) {
      paged.addAll(log.page(new CallLog.Filter("NORTH", null, null, null, null), p, 7).items());
    }
    assertEquals(calls, paged);
    List<BksbCall> sorted = new ArrayList<>(calls);
    sorted.sort(Comparator.comparing(BksbCall::at).reversed());
    assertEquals(
        sorted.stream().map(BksbCall::at).toList(), calls.stream().map(BksbCall::at).toList());
  }
}
