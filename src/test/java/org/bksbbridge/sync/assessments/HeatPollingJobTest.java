package org.bksbbridge.sync.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incremental run of bksb-get-assessments ({@code since} given) polls the hot learners of each
 * centre's heat rules, and only them when nobody was linked or changed since; the full run polls
 * everyone. Each learner below is named by its bksb user id and sits just inside or just outside
 * one rule (today is the tests' fixed 2026-11-20).
 */
class HeatPollingJobTest {
  private static final long COLD = 1;
  private static final long APPLICANT = 2;
  private static final long STARTED_8_WEEKS_AGO = 3;
  private static final long STARTED_8_WEEKS_AND_A_DAY_AGO = 4;
  private static final long STARTS_NEXT_WEEK = 5;
  private static final long LINKED_14_DAYS_AGO = 6;
  private static final long LINKED_15_DAYS_AGO = 7;
  private static final long RESULT_14_DAYS_AGO = 8;
  private static final long RESULT_15_DAYS_AGO = 9;
  private static final long SOUTH_APPLICANT = 10;

  /** Session ids of results stored by the test, not by a run. */
  private static final long HELD = 9_000_000;

  /** Later than any learner's last change: an incremental run that finds nobody changed. */
  private static final Map<String, String> INCREMENTAL = Map.of("since", "2999-01-01T00:00:00Z");

  private AssessmentFixture f;
  private Clock clock;
  private LocalDate today;

  @BeforeEach
  void start() throws Exception {
    f = new AssessmentFixture(12, 2);
    clock = f.batch.env.clock();
    today = LocalDate.now(clock);
    Instant longAgo = daysAgo(60);
    learner("NORTH", COLD, LearnerKind.LEARNER, today.minusYears(1), longAgo);
    learner("NORTH", APPLICANT, LearnerKind.APPLICANT, null, longAgo);
    learner("NORTH", STARTED_8_WEEKS_AGO, LearnerKind.LEARNER, today.minusWeeks(8), longAgo);
    learner(
        "NORTH",
        STARTED_8_WEEKS_AND_A_DAY_AGO,
        LearnerKind.LEARNER,
        today.minusWeeks(8).minusDays(1),
        longAgo);
    learner("NORTH", STARTS_NEXT_WEEK, LearnerKind.LEARNER, today.plusWeeks(1), longAgo);
    learner("NORTH", LINKED_14_DAYS_AGO, LearnerKind.LEARNER, null, daysAgo(14));
    learner("NORTH", LINKED_15_DAYS_AGO, LearnerKind.LEARNER, null, daysAgo(14).minusSeconds(1));
    learner("NORTH", RESULT_14_DAYS_AGO, LearnerKind.LEARNER, null, longAgo);
    held(RESULT_14_DAYS_AGO, today.minusDays(14).atStartOfDay());
    learner("NORTH", RESULT_15_DAYS_AGO, LearnerKind.LEARNER, null, longAgo);
    held(RESULT_15_DAYS_AGO, today.minusDays(14).atStartOfDay().minusSeconds(1));
    learner("SOUTH", SOUTH_APPLICANT, LearnerKind.APPLICANT, null, longAgo);
    heat("SOUTH", HeatRules.OFF);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  /** Midnight (in the server's zone) {@code days} days ago: where an N-day window starts. */
  private Instant daysAgo(int days) {
    return today.minusDays(days).atStartOfDay(clock.getZone()).toInstant();
  }

  private void learner(
      String centre, long userId, LearnerKind kind, LocalDate start, Instant linkedAt) {
    long id =
        TestLearners.store(
            f.batch.db,
            centre,
            "U" + userId,
            new LearnerFields(
                kind,
                "First",
                "U" + userId,
                null,
                false,
                null,
                null,
                SystemStatus.LIVE,
                start,
                null,
                false,
                null));
    EntityManager em = f.batch.db.newEntityManager();
    em.getTransaction().begin();
    em.persist(
        new BksbLink(
            centre,
            id,
            f.accountId,
            userId,
            "user" + userId,
            MatchMethod.MANUAL,
            linkedAt,
            "test"));
    em.getTransaction().commit();
    em.close();
  }

  /** A result we hold for the user, completed then (not one of the sandbox's). */
  private void held(long userId, LocalDateTime completed) {
    EntityManager em = f.batch.db.newEntityManager();
    em.getTransaction().begin();
    em.persist(
        new AssessmentResult(
            f.accountId,
            userId,
            new org.bksbbridge.bksb.BksbResult(
                HELD + userId,
                ResultType.INITIAL,
                Subject.MATHS,
                "MATHS",
                Level.LEVEL_1,
                "Maths Level 1",
                null,
                "Maths Initial Assessment",
                "IA",
                "Maths",
                completed),
            Instant.now(clock)));
    em.getTransaction().commit();
    em.close();
  }

  private void heat(String centre, HeatRules rules) {
    EntityManager em = f.batch.db.newEntityManager();
    SettingsFixture.heat(em, centre, rules);
    em.close();
  }

  /** The learners (bksb user ids) a run polled: those with results from the sandbox now. */
  private Set<Long> polled(Map<String, String> params) throws Exception {
    EntityManager em = f.batch.db.newEntityManager();
    em.getTransaction().begin();
    em.createQuery("delete from AssessmentResult r where r.sessionId < :held")
        .setParameter("held", HELD)
        .executeUpdate();
    em.getTransaction().commit();
    em.close();
    Map<String, String> p = new HashMap<>(params);
    p.put("partitions", "3");
    f.run(p, BatchStatus.COMPLETED);
    return new TreeSet<>(
        f.batch
            .db
            .newEntityManager()
            .createQuery(
                "select distinct r.bksbUserId from AssessmentResult r where r.sessionId < :held",
                Long.class)
            .setParameter("held", HELD)
            .getResultList());
  }

  @Test
  void theDefaultRulesPickExactlyTheHotLearnersAndTheFullRunEveryone() throws Exception {
    assertEquals(
        Set.of(APPLICANT, STARTED_8_WEEKS_AGO, LINKED_14_DAYS_AGO, RESULT_14_DAYS_AGO),
        polled(INCREMENTAL),
        "the cold learner, those just outside a window, a future start and SOUTH (heat off)"
            + " wait for the nightly run");
    assertEquals(
        Set.of(
            COLD,
            APPLICANT,
            STARTED_8_WEEKS_AGO,
            STARTED_8_WEEKS_AND_A_DAY_AGO,
            STARTS_NEXT_WEEK,
            LINKED_14_DAYS_AGO,
            LINKED_15_DAYS_AGO,
            RESULT_14_DAYS_AGO,
            RESULT_15_DAYS_AGO,
            SOUTH_APPLICANT),
        polled(Map.of()),
        "the full (nightly) run polls everyone");
  }

  @Test
  void eachRuleAloneTurnedOffLeavesItsLearnerCold() throws Exception {
    heat("NORTH", new HeatRules(false, true, 8, true, 14, true, 14));
    assertEquals(
        Set.of(STARTED_8_WEEKS_AGO, LINKED_14_DAYS_AGO, RESULT_14_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(true, false, 8, true, 14, true, 14));
    assertEquals(Set.of(APPLICANT, LINKED_14_DAYS_AGO, RESULT_14_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(true, true, 8, false, 14, true, 14));
    assertEquals(Set.of(APPLICANT, STARTED_8_WEEKS_AGO, RESULT_14_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(true, true, 8, true, 14, false, 14));
    assertEquals(Set.of(APPLICANT, STARTED_8_WEEKS_AGO, LINKED_14_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", HeatRules.OFF);
    assertEquals(Set.of(), polled(INCREMENTAL), "no rule: nobody changed, nobody polled");
  }

  @Test
  void widerWindowsTakeTheLearnersJustOutside() throws Exception {
    heat("NORTH", new HeatRules(false, true, 9, false, 14, false, 14));
    assertEquals(Set.of(STARTED_8_WEEKS_AGO, STARTED_8_WEEKS_AND_A_DAY_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(false, false, 8, true, 15, false, 14));
    assertEquals(Set.of(LINKED_14_DAYS_AGO, LINKED_15_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(false, false, 8, false, 14, true, 15));
    assertEquals(Set.of(RESULT_14_DAYS_AGO, RESULT_15_DAYS_AGO), polled(INCREMENTAL));
    heat("NORTH", new HeatRules(false, true, 0, true, 0, true, 0));
    assertEquals(Set.of(), polled(INCREMENTAL), "0: today only, and nothing happened today");
  }

  @Test
  void learnersChangedSinceAreStillPolledWithTheHotOnes() throws Exception {
    heat("NORTH", HeatRules.OFF);
    // Everyone was stored by the test after the fixed "today": all changed since it.
    assertEquals(10, polled(Map.of("since", Instant.now(clock).toString())).size());
  }
}
