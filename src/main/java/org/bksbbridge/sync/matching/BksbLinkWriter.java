package org.bksbbridge.sync.matching;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.BksbLinkRepository;

/**
 * Stores the chunk's links. Two learners of a centre that matched the same bksb user in one chunk
 * are both left unlinked: neither is proven.
 */
@Dependent
@Named("bksbLinkWriter")
public class BksbLinkWriter extends AbstractItemWriter {
  static final String MATCHED_BY = "job:bksb-match-users";

  @Inject BksbLinkRepository links;
  @Inject Clock clock;
  @Inject LinkEvents events;

  @Override
  public void writeItems(List<Object> items) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (Object o : items) {
      MatchDecision d = (MatchDecision) o;
      if (!seen.add(key(d))) {
        twice.add(key(d));
      }
    }
    var now = clock.instant();
    for (Object o : items) {
      MatchDecision d = (MatchDecision) o;
      if (twice.contains(key(d))) {
        continue;
      }
      MatchCandidate c = d.learner();
      BksbLink link =
          new BksbLink(
              c.centreId(),
              c.learnerId(),
              c.accountId(),
              d.bksbUserId(),
              d.bksbUsername(),
              d.method(),
              now,
              MATCHED_BY);
      links.add(link);
      events.linked(c.reference(), link);
    }
    links.flush();
  }

  private static String key(MatchDecision d) {
    return d.learner().centreId() + "/" + d.learner().accountId() + "/" + d.bksbUserId();
  }
}
