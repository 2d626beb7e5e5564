package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.learner.LinkedScope;
import org.bksbbridge.persistence.IdWindows;
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
      Map<String, CentreSync> centres, int partition, int partitions, Instant since, long maxId) {
    /** The scope as the learners' repository reads it. */
    LinkedScope linked() {
      Map<Long, List<String>> centresByAccount = new TreeMap<>();
      Map<String, HeatRules> heat = new TreeMap<>();
      centres.forEach(
          (centre, c) -> {
            centresByAccount.computeIfAbsent(c.accountId(), a -> new ArrayList<>()).add(centre);
            heat.put(centre, c.heat());
          });
      return new LinkedScope(centresByAccount, heat, partition, partitions, since);
    }
  }

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
    LinkedScope linked = scope.linked();
    IdWindows.Page<LearnerRepository.Linked> rows =
        IdWindows.next(
            afterId,
            scope.maxId(),
            2L * max * Math.max(1, scope.partitions()),
            max,
            (after, upTo, limit) -> learners.linked(linked, after, upTo, limit, clock),
            LearnerRepository.Linked::id);
    List<LearnerToFetch> out = new ArrayList<>(rows.rows().size());
    for (LearnerRepository.Linked r : rows.rows()) {
      out.add(
          new LearnerToFetch(
              r.id(),
              r.centreId(),
              r.reference(),
              r.accountId(),
              r.bksbUserId(),
              r.kind(),
              scope.centres().get(r.centreId()).options()));
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
    return learners.countLinked(scope.linked(), clock);
  }
}
