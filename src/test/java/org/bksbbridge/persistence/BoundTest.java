package org.bksbbridge.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/**
 * What Derby compiles for a query with an EXISTS subquery, with and without {@link Bound}, read
 * from Derby's statement cache.
 */
class BoundTest {
  private static final String UNLINKED =
      "select l.id from Learner l where l.centreId = :c and l.id > :after and not exists"
          + " (select k.id from BksbLink k where k.learnerId = l.id)";

  @SuppressWarnings("unchecked")
  private static List<String> compiled(EntityManager em, String containing) {
    return em.createNativeQuery(
            "select cast(sql_text as varchar(4000)) from syscs_diag.statement_cache"
                + " where sql_text like '%"
                + containing
                + "%' and sql_text not like '%statement_cache%'")
        .getResultList();
  }

  @Test
  void theValuesOfAQueryWithExistsAreBoundNotWrittenIntoItsSql() {
    try (SeDatabase db = new SeDatabase()) {
      EntityManager em = db.newEntityManager();
      em.createQuery(UNLINKED, Long.class)
          .setParameter("c", "CENTRE-X")
          .setParameter("after", 41L)
          .setMaxResults(5)
          .getResultList();
      // Without the hint: a statement of its own for this centre and page.
      assertFalse(compiled(em, "CENTRE-X").isEmpty(), "EclipseLink now binds on its own");

      Bound.parameters(em.createQuery(UNLINKED, Long.class))
          .setParameter("c", "CENTRE-Y")
          .setParameter("after", 42L)
          .setMaxResults(5)
          .getResultList();
      assertTrue(compiled(em, "CENTRE-Y").isEmpty(), compiled(em, "CENTRE-Y").toString());
      assertFalse(compiled(em, "centre_id = ?) AND (t0.ID > ?)) AND NOT EXISTS").isEmpty());
    }
  }
}
