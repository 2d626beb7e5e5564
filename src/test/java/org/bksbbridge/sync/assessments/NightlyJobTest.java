package org.bksbbridge.sync.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bksb-nightly: users, then matching, then results, in one job; and its incremental form. */
class NightlyJobTest {
  private InProcessSandbox sandbox;
  private SeBatch batch;

  @BeforeEach
  void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(3, 30, 4));
    batch = new SeBatch(new SeDatabase());
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.enable(
        em, "NORTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    em.close();
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private void learnerWithEmailOf(long bksbUserId) {
    String email = sandbox.state.user(bksbUserId).orElseThrow().email();
    TestLearners.store(
        batch.db,
        "NORTH",
        "L" + bksbUserId,
        TestLearners.live(LearnerKind.LEARNER, "First", "Last", email, true, null, null));
  }

  @Test
  void usersThenMatchThenResults() throws Exception {
    for (long id = 1; id <= 10; id++) {
      learnerWithEmailOf(id);
    }
    long id = batch.start("bksb-nightly", Map.of("partitions", "2"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    assertEquals(30, batch.db.count("select count(u) from BksbUser u"));
    assertEquals(10, batch.db.count("select count(k) from BksbLink k"));
    // Four results per user, two of them initial; diagnostics are off.
    assertEquals(20, batch.db.count("select count(r) from AssessmentResult r"));
  }

  @Test
  void theIncrementalRunSkipsTheUserFetchAndTakesRecentLearnersOnly() throws Exception {
    assertEquals(
        BatchStatus.COMPLETED,
        batch.await(batch.start("bksb-get-users", Map.of())).getBatchStatus());
    learnerWithEmailOf(4);
    sandbox.state.stats().reset();
    long id = batch.start("bksb-nightly", Map.of("since", "2000-01-01T00:00:00Z"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    assertEquals(0, sandbox.state.stats().total("GET api/users/search", 200), "no user fetch");
    assertEquals(2, batch.db.count("select count(r) from AssessmentResult r"));

    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.heat(em, "NORTH", HeatRules.OFF);
    long later = batch.start("bksb-nightly", Map.of("since", "2999-01-01T00:00:00Z"));
    assertEquals(BatchStatus.COMPLETED, batch.await(later).getBatchStatus());
    assertEquals(
        1,
        sandbox.state.stats().total("GET api/results/initialAssessment/{id}/all", 200),
        "nobody changed since then, and no heat rule: no further result calls");

    // With the default rules, the learner linked just now is hot: polled however late since is.
    SettingsFixture.heat(em, "NORTH", HeatRules.DEFAULTS);
    em.close();
    long hot = batch.start("bksb-nightly", Map.of("since", "2999-01-01T00:00:00Z"));
    assertEquals(BatchStatus.COMPLETED, batch.await(hot).getBatchStatus());
    assertEquals(
        2,
        sandbox.state.stats().total("GET api/results/initialAssessment/{id}/all", 200),
        "the hot learner polled again");

    long bad = batch.start("bksb-nightly", Map.of("since", "yesterday"));
    assertEquals(BatchStatus.FAILED, batch.await(bad).getBatchStatus());
  }

  @Test
  void theIncrementalRunMatchesOnlyLearnersChangedSince() throws Exception {
    assertEquals(
        BatchStatus.COMPLETED,
        batch.await(batch.start("bksb-get-users", Map.of())).getBatchStatus());
    learnerWithEmailOf(5);
    // Unchanged since: the users were not fetched again, so nothing new can match it.
    long later = batch.start("bksb-nightly", Map.of("since", "2999-01-01T00:00:00Z"));
    assertEquals(BatchStatus.COMPLETED, batch.await(later).getBatchStatus());
    assertEquals(0, batch.db.count("select count(k) from BksbLink k"));
    // Changed since: matched by the incremental run.
    long recent = batch.start("bksb-nightly", Map.of("since", "2000-01-01T00:00:00Z"));
    assertEquals(BatchStatus.COMPLETED, batch.await(recent).getBatchStatus());
    assertEquals(1, batch.db.count("select count(k) from BksbLink k"));
    // The full run matches everyone, changed or not.
    learnerWithEmailOf(6);
    long full = batch.start("bksb-nightly", Map.of());
    assertEquals(BatchStatus.COMPLETED, batch.await(full).getBatchStatus());
    assertEquals(2, batch.db.count("select count(k) from BksbLink k"));
  }
}
