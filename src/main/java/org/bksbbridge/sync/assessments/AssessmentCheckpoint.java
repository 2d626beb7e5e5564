package org.bksbbridge.sync.assessments;

import java.io.Serializable;

/** A partition's place: the last learner (by id) whose results are committed. */
public record AssessmentCheckpoint(long lastLearnerId) implements Serializable {
  private static final long serialVersionUID = 1L;
}
