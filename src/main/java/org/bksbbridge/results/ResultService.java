package org.bksbbridge.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.link.BksbLinkRepository;

/** A learner's results, newest first, with diagnostics' topics. */
@ApplicationScoped
public class ResultService {
  @Inject AssessmentResultRepository results;
  @Inject LearnerService learners;
  @Inject CentreAccess access;
  @Inject BksbLinkRepository links;

  public List<ResultView> forLearner(String centreId, String reference) {
    access.require(Command.MODULE, centreId);
    long learnerId = learners.idOf(centreId, reference);
    Optional<BksbLinkRepository.LinkedUser> link = links.userOfLearner(learnerId);
    if (link.isEmpty()) {
      return List.of();
    }
    List<AssessmentResult> rows = results.ofUser(link.get().accountId(), link.get().bksbUserId());
    Map<Long, List<ResultView.Topic>> topics = topics(rows);
    List<ResultView> out = new ArrayList<>(rows.size());
    for (AssessmentResult r : rows) {
      out.add(ResultView.of(r, topics.getOrDefault(r.getId(), List.of())));
    }
    return out;
  }

  /**
   * The latest result of each subject and type on one of the caller's own records ({@link
   * LearnerService#ownId}: no grant, being the learner is the permission): subjects in order,
   * initial before diagnostic, without topics. Empty while the record has no bksb link.
   */
  public List<ResultView> latestOwn(String centreId, String reference) {
    long learnerId = learners.ownId(centreId, reference);
    Optional<BksbLinkRepository.LinkedUser> link = links.userOfLearner(learnerId);
    if (link.isEmpty()) {
      return List.of();
    }
    // Newest first, so the first row of each subject and type is its latest.
    Map<String, AssessmentResult> latest = new java.util.TreeMap<>();
    results
        .streamOfUser(link.get().accountId(), link.get().bksbUserId())
        .forEach(
            r ->
                latest.putIfAbsent(
                    String.format(
                        "%02d %s %02d",
                        r.getSubject().ordinal(),
                        // bksb's own course codes vary within a subject; only OTHER keeps them
                        // apart.
                        r.getSubject() == org.bksbbridge.bksb.Subject.OTHER
                            ? r.getRawSubject()
                            : "",
                        r.getType().ordinal()),
                    r));
    return latest.values().stream().map(r -> ResultView.of(r, List.of())).toList();
  }

  private Map<Long, List<ResultView.Topic>> topics(List<AssessmentResult> rows) {
    List<Long> ids = rows.stream().map(AssessmentResult::getId).toList();
    Map<Long, List<ResultView.Topic>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    results
        .topicsOf(ids)
        .forEach(
            t ->
                out.computeIfAbsent(t.getResultId(), k -> new ArrayList<>())
                    .add(
                        new ResultView.Topic(
                            t.getTopic(), t.getStatus(), t.getScore(), t.getOutOf())));
    return out;
  }
}
