package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.persistence.Bound;
import org.bksbbridge.persistence.InLists;

/**
 * The bksb users: the only class that runs {@link BksbUser}'s named queries or builds JPQL over
 * them, so every reader of the table is found here with the index each query counts on. The
 * searches with optional filters are built here too, for the same reason.
 */
@ApplicationScoped
public class BksbUserRepository {
  @Inject EntityManager em;

  /** A user found by a key (an email or user name key), with that key. */
  public record Keyed(String key, long bksbUserId, String username) {}

  public void add(BksbUser user) {
    em.persist(user);
  }

  /** Sends the users added or changed so far. */
  public void flush() {
    em.flush();
  }

  public List<BksbUser> byId(long accountId, long bksbUserId) {
    return em.createNamedQuery("BksbUser.byId", BksbUser.class)
        .setParameter("id", bksbUserId)
        .setParameter("a", accountId)
        .getResultList();
  }

  /** As {@link #byId}, not flushing the caller's pending changes first. */
  public Optional<BksbUser> byIdUnflushed(long accountId, long bksbUserId) {
    return em.createNamedQuery("BksbUser.byId", BksbUser.class)
        .setParameter("id", bksbUserId)
        .setParameter("a", accountId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst();
  }

  /** The account's users with these ids (one IN list: the caller sizes it), unflushed. */
  public List<BksbUser> byIds(long accountId, Collection<Long> bksbUserIds) {
    return em.createNamedQuery("BksbUser.byIds", BksbUser.class)
        .setParameter("ids", new ArrayList<>(bksbUserIds))
        .setParameter("a", accountId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  public List<BksbUser> byUsername(long accountId, String username) {
    return byKey("BksbUser.byUsernameKey", accountId, username);
  }

  public List<BksbUser> byEmail(long accountId, String email) {
    return byKey("BksbUser.byEmailKey", accountId, email);
  }

  public List<BksbUser> byEmailLoose(long accountId, String loose) {
    return byKey("BksbUser.byEmailLoose", accountId, loose);
  }

  private List<BksbUser> byKey(String query, long accountId, String value) {
    return em.createNamedQuery(query, BksbUser.class)
        .setParameter("a", accountId)
        .setParameter("v", value.strip().toLowerCase(Locale.ROOT))
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  /** Users of the account, not gone, with this name key and date of birth. */
  public List<BksbUser> byNameAndBirth(long accountId, String nameKey, LocalDate dateOfBirth) {
    return em.createNamedQuery("BksbUser.byNameAndBirth", BksbUser.class)
        .setParameter("a", accountId)
        .setParameter("n", nameKey)
        .setParameter("d", dateOfBirth)
        .getResultList();
  }

  /**
   * The account's users, not gone, whose email key (or, with {@code byUsername}, user name key) is
   * one of the keys: IN lists probing the column's index, which it leads.
   */
  public List<Keyed> keyed(long accountId, boolean byUsername, Collection<String> keys) {
    List<Keyed> out = new ArrayList<>();
    for (List<String> in : InLists.of(keys)) {
      em.createNamedQuery(
              byUsername ? "BksbUser.keyedByUsernameKey" : "BksbUser.keyedByEmailKey",
              Object[].class)
          .setParameter("k", in)
          .setParameter("a", accountId)
          .setFlushMode(FlushModeType.COMMIT)
          .getResultList()
          .forEach(r -> out.add(new Keyed((String) r[0], (Long) r[1], (String) r[2])));
    }
    return out;
  }

  /**
   * The account's users whose loose email (or, with {@code byName}, name key) is one of the keys,
   * in IN lists ({@link InLists}) probing the column's index (it leads the index: Derby probes no
   * other column), in no particular order.
   */
  public List<BksbUser> withKeys(long accountId, boolean byName, Collection<String> keys) {
    List<BksbUser> out = new ArrayList<>();
    for (List<String> in : InLists.of(keys)) {
      out.addAll(
          em.createNamedQuery(
                  byName ? "BksbUser.withNameKeyIn" : "BksbUser.withEmailLooseIn", BksbUser.class)
              .setParameter("a", accountId)
              .setParameter("k", in)
              .setFlushMode(FlushModeType.COMMIT)
              .getResultList());
    }
    return out;
  }

  /** Users of the account, not gone, that no learner of the centre is linked to. */
  public List<BksbUser> unlinkedInCentre(String centreId, long accountId) {
    return Bound.parameters(em.createNamedQuery("BksbUser.unlinkedInCentre", BksbUser.class))
        .setParameter("a", accountId)
        .setParameter("c", centreId)
        .getResultList();
  }

  /** Stamps these users (one IN list) as seen by the run, never back in time. */
  public void stampSeen(long accountId, Collection<Long> bksbUserIds, long run, Instant now) {
    em.createNamedQuery("BksbUser.stampSeen")
        .setParameter("run", run)
        .setParameter("now", now)
        .setParameter("ids", new ArrayList<>(bksbUserIds))
        .setParameter("a", accountId)
        .executeUpdate();
  }

  /** Marks the account's users no listing saw since {@code cutoff} as gone; how many. */
  /** How many of the account's users (not gone) no listing has seen since {@code cutoff}. */
  public long countUnseen(long accountId, Instant cutoff) {
    return em.createNamedQuery("BksbUser.countUnseen", Long.class)
        .setParameter("a", accountId)
        .setParameter("cutoff", cutoff)
        .getSingleResult();
  }

  /** How many of the account's users are not gone. */
  public long countLive(long accountId) {
    return em.createNamedQuery("BksbUser.countLive", Long.class)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  /** The first {@code max} of those unseen since {@code cutoff}, by user name. */
  public List<BksbUser> unseen(long accountId, Instant cutoff, int max) {
    return em.createNamedQuery("BksbUser.unseen", BksbUser.class)
        .setParameter("a", accountId)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Marks gone the account's users no listing has seen since {@code cutoff}.
   *
   * @return how many
   */
  public int markUnseenGone(long accountId, Instant cutoff, Instant now) {
    return em.createNamedQuery("BksbUser.markUnseenGone")
        .setParameter("now", now)
        .setParameter("a", accountId)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /**
   * The account's users, not gone, for linking by hand: those starting with {@code q} (user name,
   * email, name, last name, or the id itself) when given, linked to a learner of the centre or not,
   * by user name, at most {@code max}.
   */
  public List<BksbUser> search(
      String centreId, long accountId, String q, String likePattern, boolean linked, int max) {
    StringBuilder jpql =
        new StringBuilder("select u from BksbUser u where u.accountId = :a and u.gone = false");
    Long id = q != null && q.matches("[0-9]{1,18}") ? Long.valueOf(q) : null;
    if (q != null) {
      jpql.append(
          " and (u.usernameKey like :p escape '!' or u.emailKey like :p escape '!'"
              + " or u.nameKey like :p escape '!' or lower(u.lastName) like :p escape '!'"
              + (id != null ? " or u.bksbUserId = :id" : "")
              + ")");
    }
    jpql.append(linked ? " and exists" : " and not exists")
        .append(
            " (select k.id from BksbLink k where k.bksbUserId = u.bksbUserId"
                + " and k.accountId = :a and k.centreId = :c)")
        .append(" order by u.usernameKey, u.bksbUserId");
    TypedQuery<BksbUser> query =
        Bound.parameters(em.createQuery(jpql.toString(), BksbUser.class))
            .setParameter("a", accountId)
            .setParameter("c", centreId);
    if (q != null) {
      query.setParameter("p", likePattern);
    }
    if (id != null) {
      query.setParameter("id", id);
    }
    return query.setMaxResults(max).getResultList();
  }

  /**
   * How many users of the account, not gone, no learner of the centre is linked to, with {@code
   * contains} (a LIKE pattern escaped by '!') in a key or name when given.
   */
  public long countUnlinked(String centreId, long accountId, String contains) {
    return unlinkedQuery("select count(u)", Long.class, centreId, accountId, contains, null)
        .getSingleResult();
  }

  /** A page of {@link #countUnlinked}'s users, by bksb user id. */
  public List<BksbUser> unlinkedPage(
      String centreId, long accountId, String contains, int first, int max) {
    return unlinkedQuery("select u", BksbUser.class, centreId, accountId, contains, null)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** {@link #countUnlinked}'s users after the bksb user id {@code afterId}, at most max. */
  public List<BksbUser> unlinkedAfter(
      String centreId, long accountId, String contains, long afterId, int max) {
    return unlinkedQuery("select u", BksbUser.class, centreId, accountId, contains, afterId)
        .setMaxResults(max)
        .getResultList();
  }

  private <T> TypedQuery<T> unlinkedQuery(
      String select,
      Class<T> type,
      String centreId,
      long accountId,
      String contains,
      Long afterId) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(
                " from BksbUser u where u.accountId = :a and u.gone = false and not exists"
                    + " (select k.id from BksbLink k where k.bksbUserId = u.bksbUserId"
                    + " and k.accountId = :a and k.centreId = :c)");
    Map<String, Object> params = new HashMap<>();
    params.put("a", accountId);
    params.put("c", centreId);
    if (contains != null) {
      jpql.append(
          " and (u.usernameKey like :t escape '!' or u.emailKey like :t escape '!'"
              + " or u.nameKey like :t escape '!' or lower(u.firstName) like :t escape '!'"
              + " or lower(u.lastName) like :t escape '!')");
      params.put("t", contains);
    }
    if (afterId != null) {
      jpql.append(" and u.bksbUserId > :after");
      params.put("after", afterId);
    }
    if (!select.startsWith("select count")) {
      jpql.append(" order by u.bksbUserId");
    }
    TypedQuery<T> query = Bound.parameters(em.createQuery(jpql.toString(), type));
    params.forEach(query::setParameter);
    return query;
  }
}
