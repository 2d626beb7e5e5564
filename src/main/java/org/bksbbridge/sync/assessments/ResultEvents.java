package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.events.EventType;
import org.bksbbridge.events.Events;
import org.bksbbridge.results.AssessmentResult;

/**
 * {@code result.created} and {@code result.updated} for each learner a stored result belongs to (a
 * bksb user linked in two centres tells both), in the store's transaction.
 */
@ApplicationScoped
class ResultEvents {
  @Inject Events events;

  /** The learners of each bksb user among the downloads. */
  static Map<String, List<LearnerToFetch>> owners(List<LearnerDownload> downloads) {
    Map<String, List<LearnerToFetch>> out = new HashMap<>();
    for (LearnerDownload d : downloads) {
      out.computeIfAbsent(
              key(d.learner().accountId(), d.learner().bksbUserId()), k -> new ArrayList<>())
          .add(d.learner());
    }
    return out;
  }

  void stored(Map<String, List<LearnerToFetch>> owners, AssessmentResult row, boolean created) {
    for (LearnerToFetch l :
        owners.getOrDefault(key(row.getAccountId(), row.getBksbUserId()), List.of())) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("learnerReference", l.reference());
      data.put("learnerKind", l.kind());
      data.put("bksbUserId", row.getBksbUserId());
      data.put("sessionId", row.getSessionId());
      data.put("type", row.getType());
      data.put("subject", row.getSubject());
      data.put("level", row.getLevel());
      data.put("result", row.getRawResult());
      data.put("percent", row.getPercent());
      data.put("assessmentName", row.getAssessmentName());
      data.put("completedAt", row.getCompletedAt());
      events.record(
          l.centreId(),
          created ? EventType.RESULT_CREATED : EventType.RESULT_UPDATED,
          l.reference(),
          data);
    }
  }

  private static String key(long accountId, long bksbUserId) {
    return accountId + "/" + bksbUserId;
  }
}
