package org.bksbbridge.sync.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.sync.users.BksbUser;

/**
 * What the email and user-name rules need for a page of a centre's learners, read in a few IN-list
 * queries on indexes instead of two or three look-ups per learner: the bksb users with each
 * unflagged learner's verified email, those named by each flagged learner's user name, the centre's
 * learners with those verified emails, and which of the users are linked in the centre already.
 * Each answer is the one the look-up alone would give ({@link MatchLookups#byEmail}, {@link
 * MatchLookups#byUsername}, {@link MatchLookups#emailSharedInCentre}, {@link
 * MatchLookups#linkedInCentre}). Users decided since it was read count as linked, so two chunks of
 * one page never link one user twice.
 */
public final class PageMatches {
  /** A bksb user with a learner's email, or with the user name a flagged learner names. */
  public record User(long bksbUserId, String username) {}

  private final Set<String> emailKeys;
  private final Set<String> nameKeys;
  private final Map<String, List<User>> byEmail = new HashMap<>();
  private final Map<String, List<User>> byName = new HashMap<>();
  private final Map<String, List<Long>> learnersByEmail;
  private final Set<Long> linked;

  private PageMatches(
      Set<String> emailKeys,
      Set<String> nameKeys,
      List<MatchLookups.KeyedUser> withEmail,
      List<MatchLookups.KeyedUser> named,
      Map<String, List<Long>> learnersByEmail,
      Set<Long> linked) {
    this.emailKeys = emailKeys;
    this.nameKeys = nameKeys;
    withEmail.forEach(u -> byEmail.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u.user()));
    named.forEach(u -> byName.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u.user()));
    this.learnersByEmail = learnersByEmail;
    this.linked = new HashSet<>(linked);
  }

  /** Reads the answers for these learners of the centre. */
  public static PageMatches read(
      MatchLookups lookups, String centreId, long accountId, Collection<LearnerFields> learners) {
    Set<String> emails = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (LearnerFields f : learners) {
      if (f.bksbUser()) {
        addKey(names, f.bksbUsername() != null ? f.bksbUsername() : f.webUsername());
      } else if (f.emailVerified()) {
        addKey(emails, f.email());
      }
    }
    var withEmail = lookups.usersWithKey(accountId, "emailKey", emails);
    var named = lookups.usersWithKey(accountId, "usernameKey", names);
    Set<Long> ids = new HashSet<>();
    withEmail.forEach(u -> ids.add(u.user().bksbUserId()));
    named.forEach(u -> ids.add(u.user().bksbUserId()));
    return new PageMatches(
        emails,
        names,
        withEmail,
        named,
        lookups.verifiedLearnersByEmail(centreId, emails),
        lookups.linkedUsers(centreId, accountId, ids));
  }

  private static void addKey(Set<String> keys, String value) {
    String key = BksbUser.key(value);
    if (key != null) {
      keys.add(key);
    }
  }

  /** The users whose email is the (unflagged, verified) learner's. */
  public List<User> withEmail(String email) {
    return answer(byEmail, emailKeys, email);
  }

  /** The users named by the flagged learner's bksb user name, else by its web user name. */
  public List<User> named(String username) {
    return answer(byName, nameKeys, username);
  }

  private static List<User> answer(Map<String, List<User>> users, Set<String> read, String value) {
    String key = BksbUser.key(value);
    if (key == null) {
      return List.of();
    }
    // An empty answer for a value not read would wrongly say bksb has no such user.
    if (!read.contains(key)) {
      throw new IllegalStateException("not read with this page: " + value);
    }
    return users.getOrDefault(key, List.of());
  }

  /**
   * A user bksb named that the listing lacked (asked of bksb and stored since): another learner of
   * the page naming it finds it here, instead of asking bksb and storing it a second time.
   */
  void found(String username, User user) {
    byName.computeIfAbsent(BksbUser.key(username), k -> new ArrayList<>()).add(user);
  }

  /** Whether another learner of the centre has the (verified) learner's email. */
  public boolean shared(String email, long learnerId) {
    String key = BksbUser.key(email);
    if (key == null) {
      return false;
    }
    if (!emailKeys.contains(key)) {
      throw new IllegalStateException("not read with this page: " + email);
    }
    return learnersByEmail.getOrDefault(key, List.of()).stream().anyMatch(id -> id != learnerId);
  }

  public boolean linked(long bksbUserId) {
    return linked.contains(bksbUserId);
  }

  /** A link to the user was decided (it commits with its chunk, after this was read). */
  void decided(long bksbUserId) {
    linked.add(bksbUserId);
  }
}
