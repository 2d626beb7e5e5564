package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbResult;
import org.bksbbridge.bksb.BksbTopic;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.results.AssessmentResultRepository;

/**
 * Downloads one learner's results. bksb lists them only per user, newest first, so an incremental
 * download reads pages until the first result held unchanged: an unchanged learner costs one call
 * per result type. Topics are fetched only for diagnostics that are new or changed.
 */
@ApplicationScoped
public class ResultDownloader {
  @Inject AssessmentResultRepository results;

  public LearnerDownload download(BksbClient client, LearnerToFetch l, int perPage, boolean full) {
    Map<Long, AssessmentResult> held = new HashMap<>();
    Set<Subject> initialSubjects = EnumSet.noneOf(Subject.class);
    for (AssessmentResult r : held(l.accountId(), l.bksbUserId())) {
      held.put(r.getSessionId(), r);
      if (r.getType() == ResultType.INITIAL) {
        initialSubjects.add(r.getSubject());
      }
    }
    List<BksbResult> changed = new ArrayList<>();
    int calls = 0;
    for (ResultType type : types(l)) {
      calls +=
          client.eachResult(
              type,
              l.bksbUserId(),
              perPage,
              r -> {
                if (!r.finished()) {
                  return true;
                }
                AssessmentResult h = held.get(r.sessionId());
                boolean same = h != null && h.sameAs(r);
                if (same) {
                  return full;
                }
                changed.add(r);
                if (r.type() == ResultType.INITIAL) {
                  initialSubjects.add(r.subject());
                }
                return true;
              });
    }
    List<LearnerDownload.Fetched> fetched = new ArrayList<>(changed.size());
    for (BksbResult r : changed) {
      List<BksbTopic> topics = List.of();
      if (r.type() == ResultType.DIAGNOSTIC) {
        topics = client.diagnosticTopics(r.sessionId(), l.bksbUserId());
        calls++;
      }
      fetched.add(new LearnerDownload.Fetched(r, topics));
    }
    return new LearnerDownload(l, fetched, initialSubjects, calls);
  }

  private static List<ResultType> types(LearnerToFetch l) {
    return l.options().downloadDiagnostics()
        ? List.of(ResultType.INITIAL, ResultType.DIAGNOSTIC)
        : List.of(ResultType.INITIAL);
  }

  private List<AssessmentResult> held(long accountId, long bksbUserId) {
    return results.heldForUser(accountId, bksbUserId);
  }
}
