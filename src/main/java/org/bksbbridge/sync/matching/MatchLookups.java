package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.link.BksbLinkRepository;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.persistence.InLists;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;

/**
 * The indexed look-ups matching makes: each is one query on an index, so matching n learners costs
 * O(n) queries, never one per (learner, bksb user) pair. Read-only, over the learner, user and link
 * repositories: asking bksb for a user is {@link UserAsker}'s, remembering a created user the
 * account creation's.
 */
@ApplicationScoped
public class MatchLookups {
  @Inject Clock clock;
  @Inject LearnerRepository learners;
  @Inject BksbLinkRepository links;
  @Inject BksbUserRepository users;

  /**
   * Eligible learners of a centre without a link, in id order after {@code afterId}, at most {@code
   * max}: windows of ids up to {@code maxId} ({@link #maxLearnerId(String, long, long)}), see
   * {@link IdWindows}.
   */
  public IdWindows.Page<Learner> unlinkedEligible(
      String centreId, long afterId, long maxId, int max) {
    return IdWindows.next(
        afterId,
        maxId,
        2L * max,
        max,
        (after, upTo, limit) ->
            learners.unlinkedEligible(centreId, after, upTo, limit, LocalDate.now(clock)),
        Learner::getId);
  }

  /**
   * As {@link #unlinkedEligible(String, long, long, int)}, reading only what the rules need (no
   * managed entity is built, cloned or checked for changes at the chunk's commit); {@code
   * changedSince}, when set, keeps the learners the MIS changed (or added) from then on.
   */
  public IdWindows.Page<LearnerRepository.Unlinked> unlinkedFields(
      String centreId, long afterId, long maxId, int max, Instant changedSince) {
    return IdWindows.next(
        afterId,
        maxId,
        2L * max,
        max,
        (after, upTo, limit) ->
            learners.unlinkedFields(
                centreId, after, upTo, limit, LocalDate.now(clock), changedSince),
        LearnerRepository.Unlinked::id);
  }

  /** The highest learner id of the centre (0 without learners): where a walk by id ends. */
  public long maxLearnerId(String centreId) {
    return maxLearnerId(centreId, 0, Long.MAX_VALUE);
  }

  /**
   * The centre's highest learner id in [{@code fromId}, {@code toId}), 0 if none. Derby finds a max
   * by scanning the centre's entries of (centre_id, id): bounding the ids lets a partition scan
   * only its slice, not the whole centre (at 100,000 learners, 4 partitions scanned 400,000 entries
   * where 100,000 will do).
   */
  public long maxLearnerId(String centreId, long fromId, long toId) {
    return learners.maxId(centreId, fromId, toId);
  }

  /**
   * The lowest and highest learner id of the centres ({0, 0} without learners); for a partition
   * mapper, which has no transaction.
   */
  @jakarta.transaction.Transactional
  public long[] learnerIdBounds(java.util.Collection<String> centreIds) {
    if (centreIds.isEmpty()) {
      return new long[] {0, 0};
    }
    return learners.idBounds(centreIds);
  }

  /**
   * How many eligible learners of the centre have no link: the unmatched, counted in one query for
   * overviews (the same condition as {@link #unlinkedEligible}).
   */
  public long countUnlinkedEligible(String centreId) {
    return learners.countUnlinkedEligible(centreId, LocalDate.now(clock));
  }

  /** Users of the account, not gone, that no learner of the centre is linked to. */
  public List<BksbUser> unlinkedUsers(String centreId, long accountId) {
    return users.unlinkedInCentre(centreId, accountId);
  }

  /** Near matches for suggestions: the loose email, or the same name and date of birth. */
  public List<BksbUser> lookAlikes(
      long accountId, String email, String first, String last, LocalDate dob) {
    List<BksbUser> out = new java.util.ArrayList<>();
    String loose = BksbUser.loose(email);
    if (loose != null) {
      out.addAll(users.byEmailLoose(accountId, loose));
    }
    String person = BksbUser.nameKey(first, last);
    if (person != null && dob != null) {
      out.addAll(users.byNameAndBirth(accountId, person, dob));
    }
    return out;
  }

  public List<BksbUser> byUsername(long accountId, String username) {
    return users.byUsername(accountId, username);
  }

  public List<BksbUser> byEmail(long accountId, String email) {
    return users.byEmail(accountId, email);
  }

  public boolean linkedInCentre(String centreId, long accountId, long bksbUserId) {
    return links.linkedInCentre(centreId, accountId, bksbUserId);
  }

  /** A user found by a key (an email or user name key), with that key. */
  public record KeyedUser(String key, PageMatches.User user) {}

  /**
   * The account's users, not gone, whose {@code column} (emailKey or usernameKey) is one of the
   * keys: IN lists probing the column's index, which it leads.
   */
  public List<KeyedUser> usersWithKey(
      long accountId, String column, java.util.Collection<String> keys) {
    return users.keyed(accountId, byColumn(column, "usernameKey", "emailKey"), keys).stream()
        .map(k -> new KeyedUser(k.key(), new PageMatches.User(k.bksbUserId(), k.username())))
        .toList();
  }

  /** Whether {@code column} is the first of the two it may be. */
  private static boolean byColumn(String column, String first, String second) {
    if (!column.equals(first) && !column.equals(second)) {
      throw new IllegalArgumentException("no look-up by " + column);
    }
    return column.equals(first);
  }

  /** The ids of the centre's learners with a verified email among the keys, by email. */
  public java.util.Map<String, List<Long>> verifiedLearnersByEmail(
      String centreId, java.util.Collection<String> emailKeys) {
    return learners.verifiedByEmail(centreId, emailKeys);
  }

  /** Which of these users a learner of the centre is linked to. */
  public java.util.Set<Long> linkedUsers(
      String centreId, long accountId, java.util.Collection<Long> userIds) {
    return links.linkedUsers(centreId, accountId, userIds);
  }

  /**
   * The account's users whose {@code column} (emailLoose or nameKey) is one of the keys, in IN
   * lists ({@link InLists}) probing the column's index (it leads the index: Derby probes no other
   * column), in no particular order: the look-alikes of many learners in a few queries.
   */
  public List<BksbUser> usersWithKeys(
      long accountId, String column, java.util.Collection<String> keys) {
    return users.withKeys(accountId, byColumn(column, "nameKey", "emailLoose"), keys);
  }

  /** Other learners of the centre with the same verified email: a shared address proves no one. */
  public boolean emailSharedInCentre(String centreId, String email, long learnerId) {
    return learners.emailSharedInCentre(centreId, email, learnerId);
  }
}
