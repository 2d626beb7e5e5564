package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbTopic;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.results.ResultTopic;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Stores downloads in the caller's transaction (the chunk's), or in its own (a refresh): upserts
 * results on (account, session id), replaces a changed diagnostic's topics, stamps each learner's
 * last download and applies first-result tags.
 */
@ApplicationScoped
public class ResultStore {
  private static final int IN_LIST = 500;

  @Inject EntityManager em;
  @Inject FirstResultTags tags;
  @Inject Instance<MetricRegistry> metrics;

  /** What a store did, for the step's counters and a refresh's answer. */
  public record Counts(int added, int updated) {}

  @Transactional
  public Counts store(List<LearnerDownload> downloads, Instant now) {
    // Two learners (in two centres) may share a bksb user: the same session then comes twice.
    Map<Long, Map<Long, LearnerDownload.Fetched>> byAccount = new HashMap<>();
    Map<String, Long> userOfSession = new HashMap<>();
    for (LearnerDownload d : downloads) {
      for (LearnerDownload.Fetched f : d.changed()) {
        byAccount
            .computeIfAbsent(d.learner().accountId(), a -> new LinkedHashMap<>())
            .put(f.result().sessionId(), f);
        userOfSession.put(
            d.learner().accountId() + "/" + f.result().sessionId(), d.learner().bksbUserId());
      }
    }
    int added = 0;
    int updated = 0;
    for (var account : byAccount.entrySet()) {
      Map<Long, AssessmentResult> existing =
          existing(account.getKey(), account.getValue().keySet());
      for (LearnerDownload.Fetched f : account.getValue().values()) {
        AssessmentResult row = existing.get(f.result().sessionId());
        if (row == null) {
          long user = userOfSession.get(account.getKey() + "/" + f.result().sessionId());
          row = new AssessmentResult(account.getKey(), user, f.result(), now);
          em.persist(row);
          added++;
        } else if (row.update(f.result(), now)) {
          updated++;
          em.createQuery("delete from ResultTopic t where t.resultId = :r")
              .setParameter("r", row.getId())
              .executeUpdate();
        } else {
          continue;
        }
        if (f.result().type() == ResultType.DIAGNOSTIC) {
          int position = 0;
          for (BksbTopic t : f.topics()) {
            em.persist(
                new ResultTopic(
                    row.getId(), position++, t.topic(), t.status(), t.score(), t.outOf()));
          }
        }
      }
    }
    stampDownloaded(downloads, now);
    tags.apply(downloads, now);
    em.flush();
    count("new", added);
    count("updated", updated);
    return new Counts(added, updated);
  }

  /** bksb_results_total{kind}: what downloads stored on this server (rolled-back chunks too). */
  private void count(String kind, int n) {
    if (n > 0 && metrics.isResolvable()) {
      metrics.get().counter("bksb.results", new Tag("kind", kind)).inc(n);
    }
  }

  private Map<Long, AssessmentResult> existing(long accountId, java.util.Set<Long> sessions) {
    Map<Long, AssessmentResult> out = new HashMap<>();
    List<Long> all = new ArrayList<>(sessions);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      em.createQuery(
              "select r from AssessmentResult r where r.sessionId in :s and r.accountId = :a",
              AssessmentResult.class)
          .setParameter("s", all.subList(i, Math.min(all.size(), i + IN_LIST)))
          .setParameter("a", accountId)
          .getResultList()
          .forEach(r -> out.put(r.getSessionId(), r));
    }
    return out;
  }

  /** The learner's last download, as Maytas keeps BKSBUPDATED: shown on the learner. */
  private void stampDownloaded(List<LearnerDownload> downloads, Instant now) {
    List<Long> learners = downloads.stream().map(d -> d.learner().learnerId()).toList();
    for (int i = 0; i < learners.size(); i += IN_LIST) {
      em.createQuery("update BksbLink k set k.resultsCheckedAt = :now where k.learnerId in :ids")
          .setParameter("now", now)
          .setParameter("ids", learners.subList(i, Math.min(learners.size(), i + IN_LIST)))
          .executeUpdate();
    }
  }
}
