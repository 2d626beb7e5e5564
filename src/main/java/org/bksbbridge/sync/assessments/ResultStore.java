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
import org.bksbbridge.bksb.BksbResult;
import org.bksbbridge.bksb.BksbTopic;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.link.BksbLinkRepository;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.results.AssessmentResultRepository;
import org.bksbbridge.results.ResultTopic;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Stores downloads in the caller's transaction (the chunk's), or in its own (a refresh): upserts
 * results on (account, session id), replaces a changed diagnostic's topics, stamps each learner's
 * last download, applies first-result tags and writes each stored result's events.
 */
@ApplicationScoped
public class ResultStore {
  private static final int IN_LIST = 500;

  @Inject EntityManager em;
  @Inject BksbLinkRepository links;
  @Inject AssessmentResultRepository results;
  @Inject FirstResultTags tags;
  @Inject ResultEvents events;
  @Inject Instance<MetricRegistry> metrics;

  /** What a store did, for the step's counters and a refresh's answer. */
  public record Counts(int added, int updated) {}

  /** A result to store, with the bksb user it belongs to. */
  private record Pending(long bksbUserId, LearnerDownload.Fetched fetched) {}

  @Transactional
  public Counts store(List<LearnerDownload> downloads, Instant now) {
    // Two learners (in two centres) may share a bksb user: the same session then comes twice.
    Map<Long, Map<Long, Pending>> byAccount = new HashMap<>();
    for (LearnerDownload d : downloads) {
      for (LearnerDownload.Fetched f : d.changed()) {
        byAccount
            .computeIfAbsent(d.learner().accountId(), a -> new LinkedHashMap<>())
            .put(f.result().sessionId(), new Pending(d.learner().bksbUserId(), f));
      }
    }
    var owners = ResultEvents.owners(downloads);
    int added = 0;
    List<Long> replaced = new ArrayList<>();
    Map<AssessmentResult, List<BksbTopic>> topics = new LinkedHashMap<>();
    for (var account : byAccount.entrySet()) {
      Map<Long, AssessmentResult> existing =
          existing(account.getKey(), account.getValue().keySet());
      for (Pending p : account.getValue().values()) {
        BksbResult r = p.fetched().result();
        AssessmentResult row = existing.get(r.sessionId());
        if (row == null) {
          row = new AssessmentResult(account.getKey(), p.bksbUserId(), r, now);
          results.add(row);
          added++;
          events.stored(owners, row, true);
        } else if (row.update(r, now)) {
          replaced.add(row.getId());
          events.stored(owners, row, false);
        } else {
          continue;
        }
        if (r.type() == ResultType.DIAGNOSTIC) {
          topics.put(row, p.fetched().topics());
        }
      }
    }
    replaceTopics(replaced, topics);
    stampDownloaded(downloads, now);
    tags.apply(downloads, now);
    em.flush();
    count("new", added);
    count("updated", replaced.size());
    return new Counts(added, replaced.size());
  }

  /** A changed diagnostic's topics are replaced as a whole: one delete for the chunk. */
  private void replaceTopics(List<Long> changed, Map<AssessmentResult, List<BksbTopic>> topics) {
    for (int i = 0; i < changed.size(); i += IN_LIST) {
      results.deleteTopicsOf(changed.subList(i, Math.min(changed.size(), i + IN_LIST)));
    }
    topics.forEach(
        (row, list) -> {
          int position = 0;
          for (BksbTopic t : list) {
            results.addTopic(
                new ResultTopic(
                    row.getId(), position++, t.topic(), t.status(), t.score(), t.outOf()));
          }
        });
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
      results
          .bySessions(accountId, all.subList(i, Math.min(all.size(), i + IN_LIST)))
          .forEach(r -> out.put(r.getSessionId(), r));
    }
    return out;
  }

  /** The learner's last download, as Maytas keeps BKSBUPDATED: shown on the learner. */
  private void stampDownloaded(List<LearnerDownload> downloads, Instant now) {
    List<Long> learners = downloads.stream().map(d -> d.learner().learnerId()).toList();
    for (int i = 0; i < learners.size(); i += IN_LIST) {
      links.stampResultsChecked(learners.subList(i, Math.min(learners.size(), i + IN_LIST)), now);
    }
  }
}
