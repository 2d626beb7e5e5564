package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tags on learners. Adding runs in the caller's transaction and never removes anything. */
@ApplicationScoped
public class LearnerTags {
  @Inject EntityManager em;

  /** Adds the tags the learner does not have yet; returns how many were added. */
  public int add(long learnerId, Collection<String> tags, String addedBy, Instant now) {
    Set<String> have = new HashSet<>(of(learnerId));
    int added = 0;
    for (String t : tags) {
      if (have.add(t)) {
        em.persist(new LearnerTag(learnerId, t, now, addedBy));
        added++;
      }
    }
    return added;
  }

  /** The learner's tags in alphabetical order. */
  public List<String> of(long learnerId) {
    return em.createQuery(
            "select t.tag from LearnerTag t where t.learnerId = :l order by t.tag", String.class)
        .setParameter("l", learnerId)
        .getResultList();
  }
}
