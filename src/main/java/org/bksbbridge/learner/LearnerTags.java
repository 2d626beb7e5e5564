package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tags on learners. Adding runs in the caller's transaction and never removes anything. */
@ApplicationScoped
public class LearnerTags {
  @Inject EntityManager em;

  /**
   * Adds to each learner the tags it does not have yet, with one query for all of them; returns how
   * many were added.
   */
  public int add(
      Map<Long, ? extends Collection<String>> tagsByLearner, String addedBy, Instant now) {
    if (tagsByLearner.isEmpty()) {
      return 0;
    }
    Set<String> have = new HashSet<>();
    em.createQuery(
            "select t.learnerId, t.tag from LearnerTag t where t.learnerId in :ids", Object[].class)
        .setParameter("ids", List.copyOf(tagsByLearner.keySet()))
        .getResultList()
        .forEach(r -> have.add(r[0] + "\u0000" + r[1]));
    int added = 0;
    for (var e : tagsByLearner.entrySet()) {
      for (String t : e.getValue()) {
        if (have.add(e.getKey() + "\u0000" + t)) {
          em.persist(new LearnerTag(e.getKey(), t, now, addedBy));
          added++;
        }
      }
    }
    return added;
  }

  /** Adds the tags the learner does not have yet; returns how many were added. */
  public int add(long learnerId, Collection<String> tags, String addedBy, Instant now) {
    return add(Map.of(learnerId, tags), addedBy, now);
  }

  /** The learner's tags in alphabetical order. */
  public List<String> of(long learnerId) {
    return em.createQuery(
            "select t.tag from LearnerTag t where t.learnerId = :l order by t.tag", String.class)
        .setParameter("l", learnerId)
        .getResultList();
  }
}
