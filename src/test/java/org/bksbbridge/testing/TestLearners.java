package org.bksbbridge.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;

/** Learners stored straight into a test database, each in a transaction of its own. */
public final class TestLearners {
  private TestLearners() {}

  /** Stores the learner and returns its id. */
  public static long store(SeDatabase db, String centre, String reference, LearnerFields f) {
    EntityManager em = db.newEntityManager();
    try {
      em.getTransaction().begin();
      Learner l = new Learner(centre, reference);
      l.apply(f, Instant.now());
      em.persist(l);
      em.getTransaction().commit();
      return l.getId();
    } finally {
      em.close();
    }
  }

  /** A LIVE learner (or applicant) with what matching and the results sync look at. */
  public static LearnerFields live(
      LearnerKind kind,
      String firstName,
      String lastName,
      String email,
      boolean emailVerified,
      LocalDate dateOfBirth,
      LocalDate endDate) {
    return new LearnerFields(
        kind,
        firstName,
        lastName,
        email,
        emailVerified,
        null,
        dateOfBirth,
        SystemStatus.LIVE,
        null,
        endDate,
        false,
        null);
  }
}
