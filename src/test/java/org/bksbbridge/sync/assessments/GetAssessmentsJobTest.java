package org.bksbbridge.sync.assessments;

import static org.bksbbridge.sync.assessments.AssessmentFixture.DIAGNOSTIC;
import static org.bksbbridge.sync.assessments.AssessmentFixture.INITIAL;
import static org.bksbbridge.sync.assessments.AssessmentFixture.TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bksb-get-assessments under JBeret SE against the in-process sandbox. */
class GetAssessmentsJobTest {
  /** Six results per sandbox user: initial and diagnostic in English, maths and ICT. */
  private static final int PER_USER = 6;

  private static final int LEARNERS = 20;

  private AssessmentFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new AssessmentFixture(40, PER_USER);
    for (int i = 1; i <= LEARNERS; i++) {
      f.linked("NORTH", "N" + i, i);
    }
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private long counter(long executionId, String name) {
    return f.batch.db.count(
        "select coalesce(sum(c.amount), 0) from JobCounter c"
            + " where c.jobInstanceId = ?1 and c.name = ?2",
        f.batch.instanceId(executionId),
        name);
  }

  private static Map<String, String> params(String... kv) {
    Map<String, String> m = new java.util.HashMap<>(Map.of("partitions", "3", "chunkSize", "4"));
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void anUnchangedSecondRunMakesOneCallPerLearnerAndType() throws Exception {
    // Two results a page: the first run pages through each learner's three initial results.
    long first = f.run(params("recordsPerPage", "2"), BatchStatus.COMPLETED);
    assertEquals(LEARNERS * 3, f.results(), "initial results only: diagnostics are off");
    assertEquals(LEARNERS * 2, f.calls(INITIAL));
    assertEquals(0, f.calls(DIAGNOSTIC));
    assertEquals(LEARNERS, counter(first, AssessmentWriter.LEARNERS));
    assertEquals(LEARNERS, counter(first, AssessmentPartitionMapper.TOTAL));
    assertEquals(LEARNERS * 3, counter(first, AssessmentWriter.NEW));
    assertEquals(LEARNERS * 2, counter(first, AssessmentWriter.CALLS));

    f.sandbox.state.stats().reset();
    long second = f.run(params("recordsPerPage", "2"), BatchStatus.COMPLETED);
    assertEquals(LEARNERS, f.calls(INITIAL), "one call per learner");
    assertEquals(0, counter(second, AssessmentWriter.NEW));
    assertEquals(0, counter(second, AssessmentWriter.UPDATED));

    f.options("NORTH", true, null, null);
    f.sandbox.state.stats().reset();
    f.run(params(), BatchStatus.COMPLETED);
    assertEquals(LEARNERS * PER_USER, f.results(), "diagnostics added");
    assertEquals(LEARNERS, f.calls(DIAGNOSTIC));
    assertEquals(LEARNERS * 3, f.calls(TOPICS), "topics of each new diagnostic");
    assertTrue(
        f.batch.db.count("select count(t) from ResultTopic t") > 0, "diagnostics carry topics");

    f.sandbox.state.stats().reset();
    f.run(params(), BatchStatus.COMPLETED);
    assertEquals(LEARNERS, f.calls(INITIAL));
    assertEquals(LEARNERS, f.calls(DIAGNOSTIC));
    assertEquals(0, f.calls(TOPICS));
  }

  private AssessmentResult result(long sessionId) {
    EntityManager em = f.batch.db.newEntityManager();
    try {
      return em.createQuery(
              "select r from AssessmentResult r where r.sessionId = :s", AssessmentResult.class)
          .setParameter("s", sessionId)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  @Test
  void changedResultsUpdateInPlaceAndFullReadsEverything() throws Exception {
    f.run(params(), BatchStatus.COMPLETED);
    var results = f.sandbox.state.results(3);
    SandboxResult newest =
        results.stream().filter(r -> r.type() == ResultType.INITIAL).findFirst().get();
    SandboxResult oldest =
        results.stream().filter(r -> r.type() == ResultType.INITIAL).reduce((a, b) -> b).get();
    // bksb regrades the newest result and adds one newer still.
    f.sandbox.state.putResult(3, regraded(newest, "Maths Level 3 (v2 course)"));
    f.sandbox.state.putResult(
        3,
        new SandboxResult(
            9_999_001,
            ResultType.INITIAL,
            Subject.ENGLISH,
            "Eng Functional Skills E2",
            null,
            newest.completed().plusDays(1)));
    f.sandbox.state.putResult(3, regraded(oldest, "English Entry 1"));

    long incremental = f.run(params(), BatchStatus.COMPLETED);
    assertEquals(1, counter(incremental, AssessmentWriter.NEW));
    assertEquals(1, counter(incremental, AssessmentWriter.UPDATED), "the old change is not seen");
    assertEquals(LEARNERS * 3 + 1, f.results(), "updated in place, not added");
    assertEquals("Maths Level 3 (v2 course)", result(newest.sessionId()).getRawResult());
    assertEquals(Level.LEVEL_3, result(newest.sessionId()).getLevel());
    assertEquals(Level.ENTRY_2, result(9_999_001).getLevel());

    f.sandbox.state.stats().reset();
    long full = f.run(params("full", "true"), BatchStatus.COMPLETED);
    assertEquals(0, counter(full, AssessmentWriter.NEW));
    assertEquals(1, counter(full, AssessmentWriter.UPDATED), "full=true finds the older change");
    assertEquals("English Entry 1", result(oldest.sessionId()).getRawResult());
    assertEquals(LEARNERS, f.calls(INITIAL), "full reads every page (one page each here)");
  }

  private static SandboxResult regraded(SandboxResult r, String result) {
    return new SandboxResult(
        r.sessionId(), r.type(), r.subject(), result, r.percent(), r.completed());
  }

  @Test
  void onlyEligibleLearnersAreRead() throws Exception {
    LocalDate today = LocalDate.now(SeEnvironment.TEST_CLOCK);
    f.linked("SOUTH", "ENDED5", LearnerKind.LEARNER, 31, today.minusWeeks(5));
    f.linked("SOUTH", "ENDED3", LearnerKind.LEARNER, 32, today.minusWeeks(3));
    f.sandbox.state.stats().reset();
    f.run(params("centreId", "SOUTH"), BatchStatus.COMPLETED);
    assertEquals(1, f.calls(INITIAL), "only the learner who ended three weeks ago");
    assertEquals(
        3, f.batch.db.count("select count(r) from AssessmentResult r where r.bksbUserId = 32"));
    assertEquals(
        0, f.batch.db.count("select count(r) from AssessmentResult r where r.bksbUserId = 31"));
  }

  @Test
  void faultsAndRateLimitsStillGiveExactCounts() throws Exception {
    f.options("NORTH", true, null, null);
    f.sandbox.state.faults(new SandboxFaults(0.2, 503, 0, 8, 0));
    long id = f.run(params(), BatchStatus.COMPLETED);
    f.sandbox.state.faults(SandboxFaults.NONE);
    // Random faults: any endpoint of the run will do (47 result calls alone missed them once).
    assertTrue(
        f.sandbox.state.stats().snapshot().values().stream()
                .mapToLong(byStatus -> byStatus.getOrDefault(503, 0L))
                .sum()
            > 0,
        "faults were injected: " + f.sandbox.state.stats().snapshot());
    assertTrue(
        f.sandbox.state.stats().total(INITIAL, 429) + f.sandbox.state.stats().total(DIAGNOSTIC, 429)
            > 0,
        "the rate limit was hit: " + f.sandbox.state.stats().snapshot());
    assertEquals(LEARNERS * PER_USER, f.results());
    assertEquals(LEARNERS * PER_USER, counter(id, AssessmentWriter.NEW));
    assertEquals(0, f.batch.db.count("select count(s) from SkippedRow s"));
  }

  @Test
  void aRestartAfterACrashAddsNoDuplicatesAndMissesNothing() throws Exception {
    f.options("NORTH", true, null, null);
    // The first commits are the job's run record, its claim on its bksb account and the partition
    // mapper's three (the count, the total, the check for work done); then the chunks'.
    f.batch.transactions.crashAfterCommit(6);
    long failed = f.run(params(), BatchStatus.FAILED);
    long doneBefore = counter(failed, AssessmentWriter.LEARNERS);
    assertTrue(doneBefore > 0 && doneBefore < LEARNERS, "the crash came mid-step: " + doneBefore);
    f.sandbox.state.stats().reset();
    long restarted = f.batch.restart(failed);
    assertEquals(BatchStatus.COMPLETED, f.batch.await(restarted).getBatchStatus());
    assertEquals(LEARNERS * PER_USER, f.results());
    assertEquals(
        LEARNERS * PER_USER,
        f.batch.db.count("select count(distinct r.sessionId) from AssessmentResult r"));
    assertTrue(
        f.calls(INITIAL) < LEARNERS, "the restart went on from checkpoints: " + f.calls(INITIAL));
    // The crash struck after a commit, before its checkpoint: that chunk is counted twice.
    long counted = counter(failed, AssessmentWriter.LEARNERS);
    assertTrue(counted >= LEARNERS && counted <= LEARNERS + 4, "learners counted: " + counted);
    assertNotNull(result(f.sandbox.state.results(LEARNERS).get(0).sessionId()));
  }

  @Test
  void aRestartAfterThePartitionPlanFailedDownloadsEverything() throws Exception {
    f.options("NORTH", true, null, null);
    // The run record, the claim, then the mapper's count of the learners: the step fails before
    // any partition starts.
    f.batch.transactions.crashAfterCommit(3);
    long failed = f.run(params(), BatchStatus.FAILED);
    assertEquals(0, f.results());
    long restarted = f.batch.restart(failed);
    assertEquals(BatchStatus.COMPLETED, f.batch.await(restarted).getBatchStatus());
    assertEquals(LEARNERS * PER_USER, f.results(), "the restart did the whole run");
  }

  private java.util.List<String> tags(long learnerId) {
    EntityManager em = f.batch.db.newEntityManager();
    try {
      return em.createQuery(
              "select t.tag from LearnerTag t where t.learnerId = :l order by t.tag", String.class)
          .setParameter("l", learnerId)
          .getResultList();
    } finally {
      em.close();
    }
  }

  @Test
  void firstInitialResultsTagOncePerSubjectAndKind() throws Exception {
    f.options(
        "SOUTH",
        false,
        "{\"ENGLISH\":[\"eng-ia\"],\"MATHS\":[\"maths-ia\",\"fs\"],\"ICT\":[]}",
        "{\"ENGLISH\":[\"applicant-eng\"]}");
    long learner = f.linked("SOUTH", "L1", LearnerKind.LEARNER, 33, null);
    long applicant = f.linked("SOUTH", "A1", LearnerKind.APPLICANT, 34, null);
    f.run(params("centreId", "SOUTH"), BatchStatus.COMPLETED);
    assertEquals(java.util.List.of("eng-ia", "fs", "maths-ia"), tags(learner));
    assertEquals(java.util.List.of("applicant-eng"), tags(applicant));

    // A manager removes one tag and adds their own; later downloads leave both choices alone.
    EntityManager em = f.batch.db.newEntityManager();
    em.getTransaction().begin();
    em.createQuery("delete from LearnerTag t where t.learnerId = :l and t.tag = 'eng-ia'")
        .setParameter("l", learner)
        .executeUpdate();
    em.getTransaction().commit();
    em.close();
    EntityManager thread = f.batch.db.current();
    thread.getTransaction().begin();
    jakarta
        .enterprise
        .inject
        .spi
        .CDI
        .current()
        .select(org.bksbbridge.learner.LearnerTags.class)
        .get()
        .add(learner, java.util.List.of("by-hand"), "manager", java.time.Instant.now());
    thread.getTransaction().commit();
    f.sandbox.state.putResult(
        33,
        new SandboxResult(
            9_999_002,
            ResultType.INITIAL,
            Subject.ENGLISH,
            "English Level 1",
            null,
            java.time.LocalDateTime.of(2026, 11, 19, 9, 0)));
    f.run(params("centreId", "SOUTH", "full", "true"), BatchStatus.COMPLETED);
    assertEquals(java.util.List.of("by-hand", "fs", "maths-ia"), tags(learner));
    assertEquals(
        3,
        f.batch.db.count("select count(t) from SubjectTagged t"),
        "learner: ENG, MATHS; applicant: ENG");
  }

  @Test
  void unfinishedSessionsAreNotResults() throws Exception {
    SandboxResult newest = f.sandbox.state.results(2).get(0);
    // bksb gives an unfinished session the date 0001-01-01; it sorts last, behind held results.
    f.sandbox.state.putResult(
        2,
        new SandboxResult(
            9_999_003,
            ResultType.INITIAL,
            Subject.MATHS,
            "Maths",
            null,
            java.time.LocalDateTime.of(1, 1, 1, 0, 0)));
    f.run(params("full", "true"), BatchStatus.COMPLETED);
    assertEquals(LEARNERS * 3, f.results(), "the unfinished session is not stored");
    assertEquals(
        0, f.batch.db.count("select count(r) from AssessmentResult r where r.sessionId = 9999003"));
    assertNotNull(result(newest.sessionId()));
  }

  @Test
  void anOutageLongerThanTheClientsRetriesRetriesTheChunkAndLosesNoLearner() throws Exception {
    // Six attempts per call in the tests: seven failures in a row outlast one call's retries.
    f.sandbox.state.failNext(7);
    long id = f.run(params("partitions", "1"), BatchStatus.COMPLETED);
    assertEquals(7, f.sandbox.state.stats().total(INITIAL, 503), "the outage happened");
    assertEquals(LEARNERS * 3, f.results(), "every learner's results, the retried chunk's too");
    assertEquals(LEARNERS, counter(id, AssessmentWriter.LEARNERS), "each learner once");
  }

  @Test
  void anAccountBksbLeavesUnansweredFailsAloneAndTheJobCompletes() throws Exception {
    f.sandbox.state.faults(new SandboxFaults(1, 503, 0, 0, 0));
    long id = f.run(params("partitions", "2", "accountOutageLimit", "2"), BatchStatus.COMPLETED);
    f.sandbox.state.faults(SandboxFaults.NONE);
    String exit = f.batch.await(id).getExitStatus();
    assertTrue(exit.startsWith("COMPLETED_WITH_FAILED_ACCOUNTS bksb account"), exit);
    assertEquals(0, f.results());
    // Each learner is listed (the next run takes them up again), and the account once.
    assertEquals(
        LEARNERS, f.batch.db.count("select count(s) from SkippedRow s where s.rowNumber > 0"));
    assertEquals(
        1,
        f.batch.db.count(
            "select count(distinct s.reference) from SkippedRow s where s.rowNumber < 0"));
    // Once the account failed its learners were skipped without calls: far fewer failed calls
    // (six attempts each here) than one per learner.
    long failedAttempts = f.sandbox.state.stats().total(INITIAL, 503);
    assertTrue(failedAttempts < LEARNERS * 6, "failed attempts: " + failedAttempts);
  }

  @Test
  void aChangedDiagnosticGetsItsTopicsReplacedNotAdded() throws Exception {
    f.options("NORTH", true, null, null);
    f.run(params(), BatchStatus.COMPLETED);
    SandboxResult diagnostic =
        f.sandbox.state.results(4).stream()
            .filter(r -> r.type() == ResultType.DIAGNOSTIC)
            .findFirst()
            .orElseThrow();
    long id = result(diagnostic.sessionId()).getId();
    String topicsOf = "select count(t) from ResultTopic t where t.resultId = ?1";
    long before = f.batch.db.count(topicsOf, id);
    assertTrue(before > 0, "the diagnostic has topics");
    f.sandbox.state.putResult(
        4,
        new SandboxResult(
            diagnostic.sessionId(),
            diagnostic.type(),
            diagnostic.subject(),
            diagnostic.result(),
            diagnostic.percent() == 100 ? 99 : diagnostic.percent() + 1,
            diagnostic.completed()));
    long again = f.run(params("full", "true"), BatchStatus.COMPLETED);
    assertEquals(1, counter(again, AssessmentWriter.UPDATED));
    assertEquals(before, f.batch.db.count(topicsOf, id), "replaced, not added to");
  }
}
