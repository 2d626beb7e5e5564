package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.learner.Eligibility;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.persistence.Bound;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.settings.HeatRules;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SyncOptions;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * Which learners have results to download: linked, eligible learners of enabled centres, whose link
 * is to the centre's current bksb account. A job partition takes the learners whose bksb user id
 * falls in it, so one bksb user's results are always written by one partition.
 */
@ApplicationScoped
public class LinkedLearners {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject LearnerRepository learners;
  @Inject AccountDirectory directory;
  @Inject SettingsConnections settings;

  /**
   * An enabled centre: its account, the connection to call it with, its options and which of its
   * learners are hot.
   */
  public record CentreSync(
      long accountId, BksbConnection connection, SyncOptions options, HeatRules heat) {}

  /**
   * Which learners a run covers: partition {@code partition} of {@code partitions}; since, when
   * set, keeps learners linked or changed from then on and the hot ones by their centre's {@link
   * HeatRules} (the frequent incremental run). The walk by learner id ends at {@code maxId}, the
   * centres' highest learner id when it began.
   */
  public record Scope(
      Map<String, CentreSync> centres, int partition, int partitions, Instant since, long maxId) {}

  /** The enabled centres (or the one named), by id. Runs in the caller's transaction. */
  public Map<String, CentreSync> centres(String only) {
    Map<String, CentreSync> out = new TreeMap<>();
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      for (String c : a.centreIds()) {
        if (only == null || only.isBlank() || only.equals(c)) {
          out.put(c, new CentreSync(a.id(), a.connection(), settings.options(c), settings.heat(c)));
        }
      }
    }
    return out;
  }

  /** A page of learners; lastId is the last id the database gave, to read on from. */
  public record Page(List<LearnerToFetch> learners, long lastId, boolean more) {}

  /**
   * The next learners of the scope after {@code afterId}, in learner id order, read by windows of
   * ids (see {@link IdWindows}); a window spans about two pages of this partition's learners.
   */
  public Page page(Scope scope, long afterId, int max) {
    if (scope.centres().isEmpty()) {
      return new Page(List.of(), afterId, false);
    }
    IdWindows.Page<Object[]> rows =
        IdWindows.next(
            afterId,
            scope.maxId(),
            2L * max * Math.max(1, scope.partitions()),
            max,
            (after, upTo, limit) ->
                query(
                        "select l.id, l.centreId, l.reference, k.accountId, k.bksbUserId, l.kind",
                        " and l.id > :after and l.id <= :upTo order by l.id",
                        scope,
                        Object[].class)
                    .setParameter("after", after)
                    .setParameter("upTo", upTo)
                    .setMaxResults(limit)
                    .getResultList(),
            r -> (Long) r[0]);
    List<LearnerToFetch> out = new ArrayList<>(rows.rows().size());
    for (Object[] r : rows.rows()) {
      out.add(
          new LearnerToFetch(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (Long) r[3],
              (Long) r[4],
              (LearnerKind) r[5],
              scope.centres().get((String) r[1]).options()));
    }
    return new Page(out, rows.after(), rows.more());
  }

  /** {@link #centres} for a caller without a transaction (an account may be stored). */
  @Transactional
  public Map<String, CentreSync> centresInTransaction(String only) {
    return centres(only);
  }

  /**
   * The scope a job's properties name (each may be blank): one centre or all, learners changed
   * since an ISO instant or all, and the partition. Runs in the caller's transaction.
   */
  public Scope scope(String centre, String since, String partition, String partitions) {
    Map<String, CentreSync> centres = centres(centre);
    return new Scope(
        centres,
        partitionNumber(partition),
        partitions == null || partitions.isBlank() ? 1 : Integer.parseInt(partitions),
        since == null || since.isBlank() ? null : Instant.parse(since),
        maxLearnerId(centres.keySet()));
  }

  /** The highest learner id of the centres: where the walk ends. */
  long maxLearnerId(java.util.Set<String> centreIds) {
    if (centreIds.isEmpty()) {
      return 0;
    }
    return learners.maxId(centreIds);
  }

  /** A partition property as a number; 0 outside a partitioned step. */
  static int partitionNumber(String partition) {
    return partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition);
  }

  /** How many learners a whole run covers; for a partition mapper, which has no transaction. */
  @Transactional
  public long countInTransaction(String centre, String since) {
    return count(scope(centre, since, null, null));
  }

  public long count(Scope scope) {
    if (scope.centres().isEmpty()) {
      return 0;
    }
    return query("select count(l)", "", scope, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, String tail, Scope scope, Class<T> type) {
    // Each centre's links to its current account only: a link made under keys the centre no
    // longer uses points at a user of another account.
    Map<Long, List<String>> centresByAccount = new TreeMap<>();
    scope
        .centres()
        .forEach(
            (centre, c) ->
                centresByAccount
                    .computeIfAbsent(c.accountId(), a -> new ArrayList<>())
                    .add(centre));
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from BksbLink k, Learner l where l.id = k.learnerId and (");
    for (int i = 0; i < centresByAccount.size(); i++) {
      jpql.append(i == 0 ? "" : " or ")
          .append("(k.accountId = :account")
          .append(i)
          .append(" and k.centreId in :centres")
          .append(i)
          .append(")");
    }
    jpql.append(") and ").append(Eligibility.JPQL);
    if (scope.partitions() > 1) {
      jpql.append(" and mod(k.bksbUserId, :partitions) = :partition");
    }
    HeatCondition heat = null;
    if (scope.since() != null) {
      heat = HeatCondition.of(scope.centres(), clock);
      jpql.append(" and (k.matchedAt >= :since or l.updatedAt >= :since")
          .append(heat.jpql())
          .append(")");
    }
    TypedQuery<T> q = Bound.parameters(em.createQuery(jpql.append(tail).toString(), type));
    int i = 0;
    for (var e : centresByAccount.entrySet()) {
      q.setParameter("account" + i, e.getKey()).setParameter("centres" + i++, e.getValue());
    }
    Eligibility.jpqlParameters(LocalDate.now(clock)).forEach(q::setParameter);
    if (scope.partitions() > 1) {
      q.setParameter("partitions", scope.partitions()).setParameter("partition", scope.partition());
    }
    if (scope.since() != null) {
      q.setParameter("since", scope.since());
      heat.parameters().forEach(q::setParameter);
    }
    return q;
  }
}
