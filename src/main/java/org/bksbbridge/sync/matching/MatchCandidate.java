package org.bksbbridge.sync.matching;

import java.io.Serializable;
import org.bksbbridge.learner.LearnerFields;

/** An eligible, unlinked learner of a centre, as the reader hands it on. */
public record MatchCandidate(long learnerId, String centreId, long accountId, LearnerFields fields)
    implements Serializable {}
