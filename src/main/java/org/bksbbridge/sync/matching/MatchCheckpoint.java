package org.bksbbridge.sync.matching;

import java.io.Serializable;

/** The centre (by position) and the last learner id handed out in a committed chunk. */
public record MatchCheckpoint(int centre, long lastLearnerId) implements Serializable {}
