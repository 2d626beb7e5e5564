package org.bksbbridge.sync.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the email and user-name rules need for a range of a centre's learner ids, read by a few
 * set-based queries instead of two or three look-ups per learner: the bksb users with each
 * learner's email, those named by each flagged learner's user name, the learners whose verified
 * email another learner of the centre shares, and which of those users are linked in the centre
 * already. Users decided since it was read count as linked, so two chunks of one range never link
 * one user twice.
 */
public final class RangeMatches {
  /** A bksb user with a learner's email, or with the user name a flagged learner names. */
  public record User(long bksbUserId, String username) {}

  private final String centreId;
  private final long fromId;
  private final long toId;
  private final Map<Long, List<User>> usersByLearner;
  private final Map<Long, List<User>> namedByLearner;
  private final Set<Long> shared;
  private final Set<Long> linked;

  RangeMatches(
      String centreId,
      long fromId,
      long toId,
      Map<Long, List<User>> usersByLearner,
      Map<Long, List<User>> namedByLearner, // null: the user-name joins were not read
      Set<Long> shared,
      Set<Long> linked) {
    this.centreId = centreId;
    this.fromId = fromId;
    this.toId = toId;
    this.usersByLearner = new HashMap<>(usersByLearner);
    this.namedByLearner = namedByLearner == null ? null : new HashMap<>(namedByLearner);
    this.shared = Set.copyOf(shared);
    this.linked = new HashSet<>(linked);
  }

  /**
   * Whether this holds the answers for the learner, whose email or user name as stored is {@code
   * value}.
   */
  public boolean covers(String centre, long learnerId, String value) {
    // The queries compare stored values; one not stored in key form is looked up alone.
    return centreId.equals(centre)
        && learnerId >= fromId
        && learnerId < toId
        && value.equals(value.strip().toLowerCase(Locale.ROOT));
  }

  public boolean shared(long learnerId) {
    return shared.contains(learnerId);
  }

  public List<User> users(long learnerId) {
    return usersByLearner.getOrDefault(learnerId, List.of());
  }

  /** The users named by the flagged learner's bksb user name, else by its web user name. */
  public List<User> named(long learnerId) {
    // Read without names, an empty answer would wrongly say bksb has no such user.
    if (namedByLearner == null) {
      throw new IllegalStateException("this range was read without the user-name rule's answers");
    }
    return namedByLearner.getOrDefault(learnerId, List.of());
  }

  public boolean linked(long bksbUserId) {
    return linked.contains(bksbUserId);
  }

  /** A link to the user was decided (it commits with its chunk, after this was read). */
  void decided(long bksbUserId) {
    linked.add(bksbUserId);
  }
}
