package org.bksbbridge.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.persistence.Bound;

/**
 * The results and their topics (one aggregate: topics are replaced with their result): the only
 * class that runs their named queries or builds JPQL over them, so every reader of the tables is
 * found here with the index each query counts on.
 */
@ApplicationScoped
public class AssessmentResultRepository {
  @Inject EntityManager em;

  /** Over a given EntityManager, outside CDI (tests). */
  public static AssessmentResultRepository of(EntityManager em) {
    AssessmentResultRepository r = new AssessmentResultRepository();
    r.em = em;
    return r;
  }

  /** A result of the results report with its learner's columns. */
  public record ReportRow(
      String reference,
      String firstName,
      String lastName,
      LearnerKind kind,
      AssessmentResult result) {}

  public void add(AssessmentResult result) {
    em.persist(result);
  }

  public void addTopic(ResultTopic topic) {
    em.persist(topic);
  }

  /** A bksb user's results, newest completion (then highest session) first. */
  public List<AssessmentResult> ofUser(long accountId, long bksbUserId) {
    return ofUserQuery(accountId, bksbUserId).getResultList();
  }

  /** As {@link #ofUser}, streamed. */
  public Stream<AssessmentResult> streamOfUser(long accountId, long bksbUserId) {
    return ofUserQuery(accountId, bksbUserId).getResultStream();
  }

  private TypedQuery<AssessmentResult> ofUserQuery(long accountId, long bksbUserId) {
    return em.createNamedQuery("AssessmentResult.ofUser", AssessmentResult.class)
        .setParameter("a", accountId)
        .setParameter("u", bksbUserId);
  }

  /** A bksb user's results in no order: what a download compares with. */
  public List<AssessmentResult> heldForUser(long accountId, long bksbUserId) {
    return em.createNamedQuery("AssessmentResult.heldForUser", AssessmentResult.class)
        .setParameter("a", accountId)
        .setParameter("u", bksbUserId)
        .getResultList();
  }

  /** The account's results of these sessions (one IN list: the caller sizes it). */
  public List<AssessmentResult> bySessions(long accountId, List<Long> sessionIds) {
    return em.createNamedQuery("AssessmentResult.bySessions", AssessmentResult.class)
        .setParameter("s", sessionIds)
        .setParameter("a", accountId)
        .getResultList();
  }

  /**
   * Results first imported at or after {@code since} that belong to a bksb user linked to a learner
   * of the centre.
   */
  public long countImportedSince(String centreId, Instant since) {
    return Bound.parameters(
            em.createNamedQuery("AssessmentResult.countImportedSinceInCentre", Long.class))
        .setParameter("since", since)
        .setParameter("c", centreId)
        .getSingleResult();
  }

  /** The topics of these results, by result and position. */
  public List<ResultTopic> topicsOf(Collection<Long> resultIds) {
    return em.createNamedQuery("ResultTopic.ofResults", ResultTopic.class)
        .setParameter("ids", resultIds)
        .getResultList();
  }

  /** Deletes the topics of these results (one IN list: the caller sizes it). */
  public void deleteTopicsOf(List<Long> resultIds) {
    em.createNamedQuery("ResultTopic.deleteOfResults")
        .setParameter("ids", resultIds)
        .executeUpdate();
  }

  /**
   * The centre's linked learners' results of a type for the results report, by learner reference,
   * subject and newest first; kind, from (inclusive) and to (exclusive), when set, filter.
   */
  public Stream<ReportRow> reportRows(
      String centreId, ResultType type, LearnerKind kind, LocalDateTime from, LocalDateTime to) {
    StringBuilder jpql =
        new StringBuilder(
            "select l.reference, l.firstName, l.lastName, l.kind, r"
                + " from AssessmentResult r, BksbLink k, Learner l"
                + " where k.centreId = :c and l.id = k.learnerId and r.accountId = k.accountId"
                + " and r.bksbUserId = k.bksbUserId and r.type = :t");
    if (kind != null) {
      jpql.append(" and l.kind = :kind");
    }
    if (from != null) {
      jpql.append(" and r.completedAt >= :from");
    }
    if (to != null) {
      jpql.append(" and r.completedAt < :to");
    }
    jpql.append(
        " order by l.reference, r.subject, r.rawSubject, r.completedAt desc, r.sessionId desc");
    TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
    q.setParameter("c", centreId).setParameter("t", type);
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    if (from != null) {
      q.setParameter("from", from);
    }
    if (to != null) {
      q.setParameter("to", to);
    }
    return q.getResultStream()
        .map(
            o ->
                new ReportRow(
                    (String) o[0],
                    (String) o[1],
                    (String) o[2],
                    (LearnerKind) o[3],
                    (AssessmentResult) o[4]));
  }
}
