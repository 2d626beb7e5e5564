package org.bksbbridge.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.bksbbridge.persistence.Bound;

/** Counts of results for overviews, one query each. Callers check access first. */
@ApplicationScoped
public class ResultCounts {
  @Inject EntityManager em;

  /**
   * Results first imported at or after {@code since} that belong to a bksb user linked to a learner
   * of the centre. A result is kept once per bksb account, so centres sharing an account and a user
   * each count it.
   */
  public long importedSince(String centreId, Instant since) {
    // Named in JPQL only: the link belongs to the sync, which depends on results, not back.
    return Bound.parameters(
            em.createQuery(
                "select count(r) from AssessmentResult r where r.firstImported >= :since and exists"
                    + " (select k.id from BksbLink k where k.centreId = :c"
                    + " and k.bksbUserId = r.bksbUserId and k.accountId = r.accountId)",
                Long.class))
        .setParameter("since", since)
        .setParameter("c", centreId)
        .getSingleResult();
  }
}
