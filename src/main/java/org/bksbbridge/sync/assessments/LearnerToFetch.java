package org.bksbbridge.sync.assessments;

import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.settings.SyncOptions;

/** A linked learner whose results are to be downloaded, with the centre's options. */
public record LearnerToFetch(
    long learnerId,
    String centreId,
    String reference,
    long accountId,
    long bksbUserId,
    LearnerKind kind,
    SyncOptions options) {}
