package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A centre's freshness (bksb_centre_freshness_seconds) starts from its oldest results check of a
 * learner due: linked and eligible today; one never checked counts from its link, one no longer
 * eligible not at all.
 */
class OldestResultsCheckTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
  private static final Instant T = Instant.parse("2026-12-06T02:00:00Z");
  private final SeDatabase db = new SeDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  private void linked(String centre, String ref, LocalDate end, Instant linkedAt, Instant checked) {
    long id =
        TestLearners.store(
            db,
            centre,
            ref,
            TestLearners.live(LearnerKind.LEARNER, "A", ref, null, false, null, end));
    EntityManager em = db.newEntityManager();
    em.getTransaction().begin();
    BksbLink k =
        new BksbLink(centre, id, 1, id + 100, "u" + id, MatchMethod.MANUAL, linkedAt, "test");
    em.persist(k);
    em.flush();
    if (checked != null) {
      em.createQuery("update BksbLink k set k.resultsCheckedAt = :t where k.learnerId = :l")
          .setParameter("t", checked)
          .setParameter("l", id)
          .executeUpdate();
    }
    em.getTransaction().commit();
    em.close();
  }

  @Test
  void theOldestCheckOfALearnerDuePerCentre() {
    linked("NORTH", "N1", null, T.minusSeconds(86_400 * 30), T);
    linked("NORTH", "N2", null, T.minusSeconds(3600), null);
    linked("NORTH", "N3", TODAY.minusYears(2), T.minusSeconds(86_400 * 400), null);
    linked("SOUTH", "S1", null, T.minusSeconds(86_400 * 30), T.plusSeconds(600));
    LearnerRepository repository = new LearnerRepository();
    repository.em = db.newEntityManager();
    try {
      Map<String, Instant> oldest =
          repository.oldestResultsCheck(List.of("NORTH", "SOUTH", "EAST"), TODAY);
      assertEquals(
          Map.of("NORTH", T.minusSeconds(3600), "SOUTH", T.plusSeconds(600)),
          oldest,
          "N2 never checked counts from its link; N3 ended two years ago is not due; EAST has none");
    } finally {
      repository.em.close();
    }
  }
}
