package org.bksbbridge.sync.matching;

/** A learner to link, to whom, and by which rule. */
public record MatchDecision(
    MatchCandidate learner, long bksbUserId, String bksbUsername, MatchMethod method) {}
