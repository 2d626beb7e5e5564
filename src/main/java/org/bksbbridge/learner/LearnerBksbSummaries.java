package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;

/**
 * The bksb link and the latest initial level per subject of some learners: one query each for the
 * learners given (a page of a listing, or one learner), never one per learner and never over the
 * whole centre. Both look the learners up by {@code learner_id IN (...)}, the leading column of the
 * link's unique key, and reach results through their (account, bksb user) index.
 *
 * <p>Links and results are named in JPQL only: they belong to the sync, which depends on learners,
 * not back.
 */
@ApplicationScoped
public class LearnerBksbSummaries {
  @Inject EntityManager em;

  /** Each learner's link; learners without one are absent. */
  public Map<Long, LearnerView.Bksb> links(Collection<Long> learnerIds) {
    Map<Long, LearnerView.Bksb> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select k.learnerId, k.bksbUserId, k.bksbUsername, k.method, k.matchedAt,"
                + " k.resultsCheckedAt from BksbLink k where k.learnerId in :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(learnerIds))
        .getResultList()
        .forEach(
            r ->
                out.put(
                    (Long) r[0],
                    new LearnerView.Bksb(
                        true,
                        (Long) r[1],
                        (String) r[2],
                        String.valueOf(r[3]),
                        (Instant) r[4],
                        (Instant) r[5])));
    return out;
  }

  /**
   * Each linked learner's latest initial result per subject (the newest completion, then the
   * highest session, as the results report takes it), in subject order; learners without any are
   * absent.
   */
  public Map<Long, Map<String, LearnerView.LatestLevel>> latestLevels(Collection<Long> learnerIds) {
    Map<Long, Map<String, LearnerView.LatestLevel>> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select k.learnerId, r.subject, r.rawSubject, r.level, r.completedAt"
                + " from BksbLink k, AssessmentResult r"
                + " where k.learnerId in :ids and r.accountId = k.accountId"
                + " and r.bksbUserId = k.bksbUserId and r.type = :t"
                + " order by k.learnerId, r.completedAt desc, r.sessionId desc",
            Object[].class)
        .setParameter("ids", List.copyOf(learnerIds))
        .setParameter("t", ResultType.INITIAL)
        .getResultList()
        .forEach(
            r -> {
              Subject subject = (Subject) r[1];
              String name =
                  subject == Subject.OTHER && r[2] != null ? (String) r[2] : subject.name();
              Level level = (Level) r[3];
              // Newest first: the first of each subject is the latest.
              out.computeIfAbsent((Long) r[0], id -> new TreeMap<>())
                  .putIfAbsent(
                      name,
                      new LearnerView.LatestLevel(
                          level.name(), level.label(), (LocalDateTime) r[4]));
            });
    return out;
  }
}
