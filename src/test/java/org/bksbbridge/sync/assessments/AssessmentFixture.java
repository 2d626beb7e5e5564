package org.bksbbridge.sync.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;
import org.bksbbridge.testing.TestLearners;

/**
 * The sandbox, the get-assessments job's beans under JBeret SE, and centres NORTH and SOUTH on one
 * sandbox account with its users already fetched; learners are linked directly.
 */
public final class AssessmentFixture implements AutoCloseable {

  public final InProcessSandbox sandbox;
  public final SeBatch batch;
  public final long accountId;

  public AssessmentFixture(int users, int resultsPerUser, Class<?>... testBeans) throws Exception {
    this(users, resultsPerUser, SeEnvironment.TEST_CLOCK, testBeans);
  }

  /** With the clock the module's beans get. */
  public AssessmentFixture(int users, int resultsPerUser, Clock clock, Class<?>... testBeans)
      throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(11, users, resultsPerUser));
    batch = new SeBatch(new SeEnvironment(new SeDatabase()).clock(clock), testBeans);
    accountId = GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
  }

  public void options(
      String centre, boolean diagnostics, String learnerTags, String applicantTags) {
    EntityManager em = batch.db.newEntityManager();
    SettingsFixture.options(em, centre, diagnostics, learnerTags, applicantTags);
    em.close();
  }

  /** A live learner of the centre linked to the bksb user; endDate may be null. */
  public long linked(
      String centre, String ref, LearnerKind kind, long bksbUserId, LocalDate endDate) {
    long learnerId =
        TestLearners.store(
            batch.db,
            centre,
            ref,
            TestLearners.live(kind, "First", ref, null, false, null, endDate));
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    em.persist(
        new BksbLink(
            centre,
            learnerId,
            accountId,
            bksbUserId,
            "user" + bksbUserId,
            MatchMethod.MANUAL,
            Instant.now(),
            "test"));
    em.getTransaction().commit();
    em.close();
    return learnerId;
  }

  public long linked(String centre, String ref, long bksbUserId) {
    return linked(centre, ref, LearnerKind.LEARNER, bksbUserId, null);
  }

  /** Runs the job to its end and returns the execution id. */
  public long run(Map<String, String> params, BatchStatus expected) throws InterruptedException {
    long id = batch.start("bksb-get-assessments", params);
    assertEquals(expected, batch.await(id).getBatchStatus());
    return id;
  }

  public long results() {
    return batch.db.count("select count(r) from AssessmentResult r");
  }

  /** Successful calls to an endpoint since the sandbox's stats were last reset. */
  public long calls(String endpoint) {
    return sandbox.state.stats().total(endpoint, 200);
  }

  public static final String INITIAL = "GET api/results/initialAssessment/{id}/all";
  public static final String DIAGNOSTIC = "GET api/results/diagnosticAssessment/{id}/all";
  public static final String TOPICS =
      "GET api/assessmentSessions/GetEOAReportDataForAssessmentSessionV5";

  @Override
  public void close() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }
}
