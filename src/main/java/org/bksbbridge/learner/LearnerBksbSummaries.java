package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.link.BksbLinkRepository;

/**
 * The bksb link and the latest initial level per subject of some learners: one query each for the
 * learners given (a page of a listing, or one learner), never one per learner and never over the
 * whole centre. Both look the learners up by {@code learner_id IN (...)}, the leading column of the
 * link's unique key, and reach results through their (account, bksb user) index.
 */
@ApplicationScoped
public class LearnerBksbSummaries {
  @Inject BksbLinkRepository links;

  /** Each learner's link; learners without one are absent. */
  public Map<Long, LearnerView.Bksb> links(Collection<Long> learnerIds) {
    Map<Long, LearnerView.Bksb> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    links
        .summaries(learnerIds)
        .forEach(
            k ->
                out.put(
                    k.learnerId(),
                    new LearnerView.Bksb(
                        true,
                        k.bksbUserId(),
                        k.bksbUsername(),
                        String.valueOf(k.method()),
                        k.matchedAt(),
                        k.resultsCheckedAt())));
    return out;
  }

  /**
   * Each linked learner's latest initial result per subject (the newest completion, then the
   * highest session, as the results report takes it), in subject order; learners without any are
   * absent.
   */
  public Map<Long, Map<String, LearnerView.LatestLevel>> latestLevels(Collection<Long> learnerIds) {
    Map<Long, Map<String, LearnerView.LatestLevel>> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    links
        .initialLevels(learnerIds)
        .forEach(
            r -> {
              Subject subject = r.subject();
              String name =
                  subject == Subject.OTHER && r.rawSubject() != null
                      ? r.rawSubject()
                      : subject.name();
              Level level = r.level();
              // Newest first: the first of each subject is the latest.
              out.computeIfAbsent(r.learnerId(), id -> new TreeMap<>())
                  .putIfAbsent(
                      name,
                      new LearnerView.LatestLevel(level.name(), level.label(), r.completedAt()));
            });
    return out;
  }
}
