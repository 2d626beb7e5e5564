package org.bksbbridge.sync.matching;

import java.util.List;
import org.bksbbridge.learner.LearnerFields;

/**
 * A page of a centre's learners as the reader read them, whose rules' answers ({@link PageMatches})
 * are read for all of them together the first time one is asked for: matching asks, account
 * creation (which reads the same learners) does not. A page read again after a rollback is a new
 * page, so no decision that rolled back is remembered.
 */
final class LearnerPage {
  private final MatchLookups lookups;
  private final String centreId;
  private final long accountId;
  private List<LearnerFields> learners;
  private PageMatches matches;

  LearnerPage(MatchLookups lookups, String centreId, long accountId, List<LearnerFields> learners) {
    this.lookups = lookups;
    this.centreId = centreId;
    this.accountId = accountId;
    this.learners = learners;
  }

  PageMatches matches() {
    if (matches == null) {
      matches = PageMatches.read(lookups, centreId, accountId, learners);
      learners = null;
    }
    return matches;
  }
}
