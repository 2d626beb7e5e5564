package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.testing.ShiftableClock;

/** {@link Freshness}'s setup: which of NORTH's learners are hot, and by which rule. */
final class FreshnessSetup {
  private FreshnessSetup() {}

  /** The heat band of bksb user u: 0 applicants, 1 starts, 2 accounts, 3 results, -1 cold. */
  static int band(long u, int hotPercent) {
    int b = (int) (u % 100);
    int applicants = hotPercent / 5;
    int starts = applicants + hotPercent * 7 / 15;
    int accounts = starts + hotPercent * 2 / 15;
    return b < applicants ? 0 : b < starts ? 1 : b < accounts ? 2 : b < hotPercent ? 3 : -1;
  }

  /**
   * Makes hotPercent of MAIN's learners hot, a quarter-ish by each rule, and stores a recent result
   * for the last band by a run over them (setup, not measured).
   */
  static void makeHot(ProviderWorld w, ShiftableClock clock, int hotPercent) throws Exception {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    EntityManager em = w.db.newEntityManager();
    em.getTransaction().begin();
    Map<Integer, List<Long>> byBand = new HashMap<>();
    for (long u : w.linkedUsers()) {
      byBand.computeIfAbsent(band(u, hotPercent), b -> new ArrayList<>()).add(u);
    }
    for (List<Long> users : partition(byBand.getOrDefault(0, List.of()))) {
      learners(em, "l.kind = :v", LearnerKind.APPLICANT, users);
    }
    for (List<Long> users : partition(byBand.getOrDefault(1, List.of()))) {
      learners(em, "l.startDate = :v", today.minusDays(20), users);
    }
    for (List<Long> users : partition(byBand.getOrDefault(2, List.of()))) {
      em.createQuery(
              "update BksbLink k set k.matchedAt = :v where k.centreId = :c"
                  + " and k.bksbUserId in :users")
          .setParameter("v", now.minus(Duration.ofDays(3)))
          .setParameter("c", ProviderWorld.MAIN)
          .setParameter("users", users)
          .executeUpdate();
    }
    List<Long> results = byBand.getOrDefault(3, List.of());
    for (long u : results) {
      w.sandbox.state.putResult(
          u,
          new SandboxResult(
              session(u, 61),
              ResultType.INITIAL,
              Subject.MATHS,
              "Maths Level 1",
              null,
              LocalDateTime.now(clock).minusDays(5)));
    }
    // Changed just now, so that a run with since takes them; then back to long unchanged.
    for (List<Long> users : partition(results)) {
      learners(em, "l.updatedAt = :v", now, users);
    }
    em.getTransaction().commit();
    long id = w.batch.start("bksb-get-assessments", Map.of("since", now.toString()));
    assertEquals(BatchStatus.COMPLETED, w.batch.await(id, Duration.ofHours(3)).getBatchStatus());
    em.getTransaction().begin();
    em.createQuery("update Learner l set l.updatedAt = :v")
        .setParameter("v", now.minus(Duration.ofDays(60)))
        .executeUpdate();
    em.getTransaction().commit();
    em.close();
  }

  /**
   * Sets a field of the users' learners. Their ids are read first: Derby ran "id in (select ...
   * links)" as a join rebuilt for every learner, which never ended at 100,000.
   */
  private static void learners(EntityManager em, String set, Object value, List<Long> users) {
    List<Long> ids =
        em.createQuery(
                "select k.learnerId from BksbLink k where k.centreId = :c"
                    + " and k.bksbUserId in :users",
                Long.class)
            .setParameter("c", ProviderWorld.MAIN)
            .setParameter("users", users)
            .getResultList();
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery("update Learner l set " + set + " where l.id in :ids")
        .setParameter("v", value)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  static List<List<Long>> partition(List<Long> users) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < users.size(); i += 500) {
      out.add(users.subList(i, Math.min(users.size(), i + 500)));
    }
    return out;
  }

  static long session(long u, int n) {
    return u * SandboxGenerator.SESSIONS_PER_USER + n;
  }
}
