package org.bksbbridge.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.persistence.InLists;

/**
 * The links: the only class that runs {@link BksbLink}'s named queries, so every reader of the
 * table is found here, with the index each query counts on.
 */
@ApplicationScoped
public class BksbLinkRepository {
  @Inject EntityManager em;

  /** Over a given EntityManager, outside CDI (tests). */
  public static BksbLinkRepository of(EntityManager em) {
    BksbLinkRepository r = new BksbLinkRepository();
    r.em = em;
    return r;
  }

  /** The bksb user a learner is linked to, without the link entity. */
  public record LinkedUser(long accountId, long bksbUserId) {}

  /** A learner's link as listings show it. */
  public record Summary(
      long learnerId,
      long bksbUserId,
      String bksbUsername,
      MatchMethod method,
      Instant matchedAt,
      Instant resultsCheckedAt) {}

  /** An initial result of a linked learner, as the learner's summary shows it. */
  public record InitialLevel(
      long learnerId, Subject subject, String rawSubject, Level level, LocalDateTime completedAt) {}

  public void add(BksbLink link) {
    em.persist(link);
  }

  /** Sends the links added so far: a clash with a unique key fails here, in the caller. */
  public void flush() {
    em.flush();
  }

  public Optional<BksbLink> byLearner(long learnerId) {
    return em.createNamedQuery("BksbLink.byLearner", BksbLink.class)
        .setParameter("l", learnerId)
        .getResultStream()
        .findFirst();
  }

  public Optional<LinkedUser> userOfLearner(long learnerId) {
    List<Object[]> link =
        em.createNamedQuery("BksbLink.userOfLearner", Object[].class)
            .setParameter("l", learnerId)
            .getResultList();
    return link.isEmpty()
        ? Optional.empty()
        : Optional.of(new LinkedUser((Long) link.get(0)[0], (Long) link.get(0)[1]));
  }

  /**
   * The links of these learners (one query: learner_id leads uk_link_learner); learners without one
   * are absent.
   */
  public List<Summary> summaries(Collection<Long> learnerIds) {
    List<Summary> out = new ArrayList<>();
    em.createNamedQuery("BksbLink.summaries", Object[].class)
        .setParameter("ids", List.copyOf(learnerIds))
        .getResultList()
        .forEach(
            r ->
                out.add(
                    new Summary(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (MatchMethod) r[3],
                        (Instant) r[4],
                        (Instant) r[5])));
    return out;
  }

  /**
   * The initial results of these learners' bksb users, by learner, newest completion (then highest
   * session) first; through the results' (account, bksb user) index.
   */
  public List<InitialLevel> initialLevels(Collection<Long> learnerIds) {
    List<InitialLevel> out = new ArrayList<>();
    em.createNamedQuery("BksbLink.latestInitialLevels", Object[].class)
        .setParameter("ids", List.copyOf(learnerIds))
        .setParameter("t", ResultType.INITIAL)
        .getResultList()
        .forEach(
            r ->
                out.add(
                    new InitialLevel(
                        (Long) r[0],
                        (Subject) r[1],
                        (String) r[2],
                        (Level) r[3],
                        (LocalDateTime) r[4])));
    return out;
  }

  public boolean linkedTo(long learnerId, long bksbUserId) {
    return !em.createNamedQuery("BksbLink.linkedTo")
        .setParameter("l", learnerId)
        .setParameter("u", bksbUserId)
        .getResultList()
        .isEmpty();
  }

  /** Removes the learner's link; how many there were (0 or 1). */
  public int deleteByLearner(long learnerId) {
    return em.createNamedQuery("BksbLink.deleteByLearner")
        .setParameter("l", learnerId)
        .executeUpdate();
  }

  /**
   * Whether a learner of the centre is linked to the user (in the caller's pending changes too).
   */
  public boolean linkedInCentre(String centreId, long accountId, long bksbUserId) {
    return !em.createNamedQuery("BksbLink.linkedInCentre")
        .setParameter("u", bksbUserId)
        .setParameter("a", accountId)
        .setParameter("c", centreId)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Which of these users a learner of the centre is linked to. */
  public Set<Long> linkedUsers(String centreId, long accountId, Collection<Long> userIds) {
    Set<Long> linked = new HashSet<>();
    for (List<Long> in : InLists.of(userIds)) {
      // bksb_user_id leads uk_link_user_centre: Derby probes the index with the IN list.
      linked.addAll(
          em.createNamedQuery("BksbLink.linkedUsers", Long.class)
              .setParameter("u", in)
              .setParameter("a", accountId)
              .setParameter("c", centreId)
              .setFlushMode(FlushModeType.COMMIT)
              .getResultList());
    }
    return linked;
  }

  /** The learner each of these users is linked to in the centre, by reference; one query. */
  public Map<Long, String> owners(String centreId, long accountId, List<Long> bksbUserIds) {
    Map<Long, String> out = new HashMap<>();
    em.createNamedQuery("BksbLink.ownersInCentre", Object[].class)
        .setParameter("ids", bksbUserIds)
        .setParameter("a", accountId)
        .setParameter("c", centreId)
        .getResultList()
        .forEach(r -> out.put((Long) r[0], (String) r[1]));
    return out;
  }

  /** Sets the last download of these learners' results (one IN list: the caller sizes it). */
  public void stampResultsChecked(List<Long> learnerIds, Instant now) {
    em.createNamedQuery("BksbLink.stampResultsChecked")
        .setParameter("now", now)
        .setParameter("ids", learnerIds)
        .executeUpdate();
  }
}
