package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bksbbridge.persistence.Bound;
import org.bksbbridge.persistence.InLists;

/**
 * The learners: the only class that runs {@link Learner}'s named queries or builds JPQL over them,
 * so every reader of the table is found here with the index each query counts on. Searches with
 * optional filters are built here too. Eligibility is decided on the day the caller gives. Writes
 * are {@link LearnerStore}'s upsert.
 */
@ApplicationScoped
public class LearnerRepository {
  @Inject EntityManager em;

  /** A learner as matching reads it: its id and the fields the rules look at, no entity. */
  public record Unlinked(long id, LearnerFields fields, String reference) {}

  /** A page of learners and how many the filters keep in all. */
  public record Found(List<Learner> page, long total) {}

  /**
   * The Unmatched report's learners: eligible on {@code today}, unlinked, of the centre, matching
   * {@code likeText} (a '!'-escaped LIKE pattern) and {@code condition} (JPQL on {@code l}) when
   * given.
   */
  public record Unmatched(String centreId, LocalDate today, String likeText, String condition) {}

  /** How many of the centre's learners are eligible on {@code today}. */
  public long countEligible(String centreId, LocalDate today) {
    var q = em.createNamedQuery("Learner.countEligibleInCentre", Long.class);
    q.setParameter("centre", centreId);
    Eligibility.jpqlParameters(today).forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** The centre's learners with these references (one IN list: the caller sizes it). */
  public void byReferences(String centreId, Collection<String> refs, Consumer<Learner> each) {
    // COMMIT flush mode: an AUTO flush before every query would write the chunk row by row.
    em.createNamedQuery("Learner.byReferences", Learner.class)
        .setParameter("refs", refs)
        .setParameter("centre", centreId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(each);
  }

  public Optional<Learner> byReference(String centreId, String reference) {
    return em.createNamedQuery("Learner.byReference", Learner.class)
        .setParameter("ref", reference)
        .setParameter("centre", centreId)
        .getResultStream()
        .findFirst();
  }

  /** The LIVE records whose web username is {@code me}, by centre and reference. */
  public List<Learner> liveOfWebUsername(String me) {
    return em.createNamedQuery("Learner.liveOfWebUsername", Learner.class)
        .setParameter("me", me)
        .setParameter("live", SystemStatus.LIVE)
        .getResultList();
  }

  /** The web usernames of the LIVE records whose web username is {@code me}: names alone. */
  public List<String> liveWebUsernames(String me) {
    return em.createNamedQuery("Learner.liveWebUsernames", String.class)
        .setParameter("me", me)
        .setParameter("live", SystemStatus.LIVE)
        .getResultList();
  }

  /**
   * A page of the centre's learners by last name, first name and reference, as {@code q} filters
   * them; {@code likeText} is its text as a LIKE pattern escaped by '!'.
   */
  public Found search(String centreId, LearnerQuery q, String likeText, LocalDate today) {
    LearnerQueries.Text where = LearnerQueries.searchWhere(centreId, q, likeText, today);
    TypedQuery<Long> count = run(LearnerQueries.searchCount(where), Long.class);
    List<Learner> found =
        run(LearnerQueries.searchPage(where), Learner.class)
            .setFirstResult((q.page() - 1) * q.size())
            .setMaxResults(q.size())
            .getResultList();
    return new Found(found, count.getSingleResult());
  }

  /** Eligible learners of the centre without a link, ids in (after, upTo], at most max. */
  public List<Learner> unlinkedEligible(
      String centreId, long after, long upTo, int max, LocalDate today) {
    return unlinkedWindow(
        em.createNamedQuery("Learner.unlinkedEligibleWindow", Learner.class),
        centreId,
        after,
        upTo,
        max,
        today);
  }

  /**
   * As {@link #unlinkedEligible}, reading only what the rules need (no managed entity is built,
   * cloned or checked for changes at the chunk's commit); {@code changedSince}, when set, keeps the
   * learners the MIS changed (or added) from then on.
   */
  public List<Unlinked> unlinkedFields(
      String centreId, long after, long upTo, int max, LocalDate today, Instant changedSince) {
    TypedQuery<Object[]> q =
        em.createNamedQuery(
            changedSince == null
                ? "Learner.unlinkedFieldsWindow"
                : "Learner.unlinkedFieldsChangedWindow",
            Object[].class);
    if (changedSince != null) {
      q.setParameter("since", changedSince);
    }
    List<Object[]> rows = unlinkedWindow(q, centreId, after, upTo, max, today);
    List<Unlinked> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(
          new Unlinked(
              (Long) r[0],
              LearnerFields.ofColumns(r, 1),
              (String) r[1 + LearnerFields.NAMES.size()]));
    }
    return out;
  }

  private <T> List<T> unlinkedWindow(
      TypedQuery<T> q, String centreId, long after, long upTo, int max, LocalDate today) {
    Bound.parameters(q)
        .setParameter("c", centreId)
        .setParameter("after", after)
        .setParameter("upTo", upTo);
    Eligibility.jpqlParameters(today).forEach(q::setParameter);
    return q.setMaxResults(max).getResultList();
  }

  /** The centre's highest learner id in [{@code fromId}, {@code toId}), 0 if none. */
  public long maxId(String centreId, long fromId, long toId) {
    Long max =
        em.createNamedQuery("Learner.maxIdInRange", Long.class)
            .setParameter("c", centreId)
            .setParameter("from", fromId)
            .setParameter("to", toId)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** The highest learner id of the centres, 0 without learners. */
  public long maxId(Collection<String> centreIds) {
    Long max =
        em.createNamedQuery("Learner.maxIdInCentres", Long.class)
            .setParameter("c", List.copyOf(centreIds))
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** The lowest and highest learner id of the centres ({0, 0} without learners). */
  public long[] idBounds(Collection<String> centreIds) {
    Object[] r =
        em.createNamedQuery("Learner.idBounds", Object[].class)
            .setParameter("c", List.copyOf(centreIds))
            .getSingleResult();
    return r[0] == null ? new long[] {0, 0} : new long[] {(Long) r[0], (Long) r[1]};
  }

  /** How many eligible learners of the centre have no link on {@code today}. */
  public long countUnlinkedEligible(String centreId, LocalDate today) {
    TypedQuery<Long> q = em.createNamedQuery("Learner.countUnlinkedEligible", Long.class);
    Bound.parameters(q).setParameter("c", centreId);
    Eligibility.jpqlParameters(today).forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** The ids of the centre's learners with a verified email among the keys, by email. */
  public Map<String, List<Long>> verifiedByEmail(String centreId, Collection<String> emailKeys) {
    Map<String, List<Long>> out = new HashMap<>();
    for (List<String> in : InLists.of(emailKeys)) {
      // email leads ix_learner_email: Derby probes it with the IN list.
      em.createNamedQuery("Learner.verifiedByEmails", Object[].class)
          .setParameter("e", in)
          .setParameter("c", centreId)
          .setFlushMode(FlushModeType.COMMIT)
          .getResultList()
          .forEach(
              r -> out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Long) r[1]));
    }
    return out;
  }

  /** Other learners of the centre with the same verified email. */
  public boolean emailSharedInCentre(String centreId, String email, long learnerId) {
    return !em.createNamedQuery("Learner.emailSharedInCentre")
        .setParameter("e", email.strip().toLowerCase(Locale.ROOT))
        .setParameter("c", centreId)
        .setParameter("me", learnerId)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public LearnerKind kindOf(long learnerId) {
    return em.createNamedQuery("Learner.kindOf", LearnerKind.class)
        .setParameter("l", learnerId)
        .getSingleResult();
  }

  public long countUnmatched(Unmatched u) {
    return unmatchedQuery("select count(l)", Long.class, u, null).getSingleResult();
  }

  /** The unmatched by id, from {@code first}; {@code ids} non-null, {after, upTo}, is a window. */
  public List<Learner> unmatched(Unmatched u, long[] ids, int first, int max) {
    return unmatchedQuery("select l", Learner.class, u, ids)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private <T> TypedQuery<T> unmatchedQuery(String select, Class<T> type, Unmatched u, long[] ids) {
    return run(LearnerQueries.unmatched(select, u, ids), type);
  }

  /** A linked learner a results run downloads for. */
  public record Linked(
      long id,
      String centreId,
      String reference,
      long accountId,
      long bksbUserId,
      LearnerKind kind) {}

  /** The scope's linked learners with ids in (after, upTo], by id, at most max; eligible today. */
  public List<Linked> linked(LinkedScope scope, long after, long upTo, int max, Clock clock) {
    String select = "select l.id, l.centreId, l.reference, k.accountId, k.bksbUserId, l.kind";
    String tail = " and l.id > :after and l.id <= :upTo order by l.id";
    List<Object[]> rows =
        run(LearnerQueries.linked(select, tail, scope, clock), Object[].class)
            .setParameter("after", after)
            .setParameter("upTo", upTo)
            .setMaxResults(max)
            .getResultList();
    List<Linked> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(
          new Linked(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (Long) r[3],
              (Long) r[4],
              (LearnerKind) r[5]));
    }
    return out;
  }

  /** How many linked learners the scope covers. */
  public long countLinked(LinkedScope scope, Clock clock) {
    return run(LearnerQueries.linked("select count(l)", "", scope, clock), Long.class)
        .getSingleResult();
  }

  /** Per centre, the oldest results check of a linked learner due (see {@link LearnerQueries}). */
  public Map<String, Instant> oldestResultsCheck(Collection<String> centres, LocalDate today) {
    Map<String, Instant> out = new HashMap<>();
    if (!centres.isEmpty()) {
      for (Object[] r :
          run(LearnerQueries.oldestResultsCheck(centres, today), Object[].class).getResultList()) {
        // An aggregate passes the column's own type, not the attribute's converted one.
        out.put((String) r[0], r[1] instanceof java.util.Date d ? d.toInstant() : (Instant) r[1]);
      }
    }
    return out;
  }

  private <T> TypedQuery<T> run(LearnerQueries.Text text, Class<T> type) {
    TypedQuery<T> q = Bound.parameters(em.createQuery(text.jpql(), type));
    text.params().forEach(q::setParameter);
    return q;
  }
}
