package org.bksbbridge.sync.matching;

import org.bksbbridge.learner.LearnerFields;

/** An eligible, unlinked learner of a centre, as the reader hands it on, with its page. */
public record MatchCandidate(
    long learnerId,
    String centreId,
    String reference,
    long accountId,
    LearnerFields fields,
    LearnerPage page) {}
