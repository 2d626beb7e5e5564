package org.bksbbridge.settings;

import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.LearnerKind;

/**
 * What a centre's settings decide about downloading results: whether diagnostics come too, and the
 * tags a learner or applicant gets with a first initial result in a subject.
 */
public record SyncOptions(
    boolean downloadDiagnostics,
    Map<String, List<String>> learnerTags,
    Map<String, List<String>> applicantTags) {

  public static final SyncOptions NONE = new SyncOptions(false, Map.of(), Map.of());

  public List<String> tagsFor(LearnerKind kind, Subject subject) {
    Map<String, List<String>> tags = kind == LearnerKind.APPLICANT ? applicantTags : learnerTags;
    return tags.getOrDefault(subject.name(), List.of());
  }
}
