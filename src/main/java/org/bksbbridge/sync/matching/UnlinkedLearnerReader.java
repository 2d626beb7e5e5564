package org.bksbbridge.sync.matching;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * The eligible learners of each enabled centre (or of the one named by {@code centreId}) that have
 * no link yet, a page at a time in id order, within a partition's slice of ids [{@code fromId},
 * {@code toId}) when given; the checkpoint is (centre, last learner id).
 */
@Dependent
@Named("unlinkedLearnerReader")
public class UnlinkedLearnerReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Inject
  @BatchProperty(name = "centreId")
  String onlyCentre;

  /**
   * The incremental run's since (ISO instant, blank: every learner). Between two full runs the bksb
   * users are not fetched again, so only learners the MIS changed can match anew; the full run
   * matches everyone.
   */
  @Inject
  @BatchProperty(name = "since")
  String since;

  /** The partition's slice of learner ids, from (inclusive) and to (exclusive); blank: all. */
  @Inject
  @BatchProperty(name = "fromId")
  String fromIdProperty;

  @Inject
  @BatchProperty(name = "toId")
  String toIdProperty;

  @Inject MatchLookups lookups;
  @Inject AccountDirectory directory;

  private final List<CentreAccount> centres = new ArrayList<>();
  private final Deque<MatchCandidate> buffer = new ArrayDeque<>();
  private int centre;

  /** The centre's highest learner id when its walk began; -1 before. */
  private long maxId = -1;

  private long lastId;
  private long lastHandedOut;
  private long fromId;
  private long toId;

  @Override
  public void open(Serializable checkpoint) {
    // Opened again on this instance when a chunk is retried after a rollback.
    centres.clear();
    buffer.clear();
    maxId = -1;
    centres.addAll(CentreAccount.enabled(directory, onlyCentre));
    MatchCheckpoint c =
        checkpoint == null ? new MatchCheckpoint(0, 0) : (MatchCheckpoint) checkpoint;
    centre = c.centre();
    fromId = number(fromIdProperty, 0);
    toId = number(toIdProperty, Long.MAX_VALUE);
    lastId = c.lastLearnerId();
    lastHandedOut = lastId;
  }

  @Override
  public Object readItem() {
    while (buffer.isEmpty() && centre < centres.size()) {
      fetch();
      if (buffer.isEmpty()) {
        centre++;
        maxId = -1;
        lastId = 0;
        lastHandedOut = 0;
      }
    }
    MatchCandidate next = buffer.poll();
    if (next != null) {
      lastHandedOut = next.learnerId();
    }
    return next;
  }

  private void fetch() {
    CentreAccount ca = centres.get(centre);
    if (maxId < 0) {
      maxId = lookups.maxLearnerId(ca.centreId(), fromId, toId);
      lastId = Math.max(lastId, fromId - 1);
    }
    IdWindows.Page<LearnerRepository.Unlinked> page =
        lookups.unlinkedFields(
            ca.centreId(),
            lastId,
            maxId,
            Integer.parseInt(pageSize),
            since == null || since.isBlank() ? null : Instant.parse(since));
    LearnerPage learners =
        new LearnerPage(
            lookups,
            ca.centreId(),
            ca.accountId(),
            page.rows().stream().map(LearnerRepository.Unlinked::fields).toList());
    for (LearnerRepository.Unlinked l : page.rows()) {
      buffer.add(new MatchCandidate(l.id(), ca.centreId(), ca.accountId(), l.fields(), learners));
    }
    lastId = page.after();
  }

  @Override
  public Serializable checkpointInfo() {
    return new MatchCheckpoint(centre, lastHandedOut);
  }

  private static long number(String property, long otherwise) {
    return property == null || property.isBlank() ? otherwise : Long.parseLong(property);
  }
}
