package org.bksbbridge.sync.assessments;

import java.util.List;
import java.util.Set;
import org.bksbbridge.bksb.BksbResult;
import org.bksbbridge.bksb.BksbTopic;
import org.bksbbridge.bksb.Subject;

/**
 * What one learner's download found: results that are new or changed (with topics for diagnostics),
 * the subjects in which the bksb user has an initial result (held before or new), and how many
 * calls it took.
 */
public record LearnerDownload(
    LearnerToFetch learner, List<Fetched> changed, Set<Subject> initialSubjects, int calls) {

  /** A result as bksb has it now; topics is empty for initial results. */
  public record Fetched(BksbResult result, List<BksbTopic> topics) {}
}
