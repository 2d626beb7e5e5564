package org.bksbbridge.sync.matching;

import org.bksbbridge.link.MatchMethod;

/** A learner to link, to whom, and by which rule. */
public record MatchDecision(
    MatchCandidate learner, long bksbUserId, String bksbUsername, MatchMethod method) {}
