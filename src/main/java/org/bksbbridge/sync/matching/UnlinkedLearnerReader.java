package org.bksbbridge.sync.matching;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.sync.LearnerIdReader;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * The eligible learners of each enabled centre (or of the one named by {@code centreId}) that have
 * no link yet, a page at a time in id order, within a partition's slice of ids [{@code fromId},
 * {@code toId}) when given; the checkpoint is (centre, last learner id).
 */
@Dependent
@Named("unlinkedLearnerReader")
public class UnlinkedLearnerReader extends LearnerIdReader<MatchCandidate> {
  // since: between two full runs the bksb users are not fetched again, so only learners the MIS
  // changed can match anew; the full run matches everyone.

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
  private int centre;

  /** The centre's highest learner id when its walk began; -1 before. */
  private long maxId = -1;

  private long fromId;
  private long toId;

  @Override
  public void open(Serializable checkpoint) {
    // Opened again on this instance when a chunk is retried after a rollback.
    centres.clear();
    maxId = -1;
    centres.addAll(CentreAccount.enabled(directory, onlyCentre));
    MatchCheckpoint c =
        checkpoint == null ? new MatchCheckpoint(0, 0) : (MatchCheckpoint) checkpoint;
    centre = c.centre();
    fromId = number(fromIdProperty, 0);
    toId = number(toIdProperty, Long.MAX_VALUE);
    resume(c.lastLearnerId(), centre < centres.size());
  }

  @Override
  protected Page<MatchCandidate> page(long afterId) {
    CentreAccount ca = centres.get(centre);
    long after = afterId;
    if (maxId < 0) {
      maxId = lookups.maxLearnerId(ca.centreId(), fromId, toId);
      after = Math.max(after, fromId - 1);
    }
    IdWindows.Page<LearnerRepository.Unlinked> page =
        lookups.unlinkedFields(
            ca.centreId(),
            after,
            maxId,
            Integer.parseInt(pageSize),
            since == null || since.isBlank() ? null : Instant.parse(since));
    LearnerPage learners =
        new LearnerPage(
            lookups,
            ca.centreId(),
            ca.accountId(),
            page.rows().stream().map(LearnerRepository.Unlinked::fields).toList());
    List<MatchCandidate> out = new ArrayList<>();
    for (LearnerRepository.Unlinked l : page.rows()) {
      out.add(
          new MatchCandidate(
              l.id(), ca.centreId(), l.reference(), ca.accountId(), l.fields(), learners));
    }
    // An empty page ends the centre's walk.
    return new Page<>(out, page.after(), !out.isEmpty());
  }

  @Override
  protected boolean nextRange() {
    centre++;
    maxId = -1;
    rewind();
    return centre < centres.size();
  }

  @Override
  protected long idOf(MatchCandidate item) {
    return item.learnerId();
  }

  @Override
  public Serializable checkpointInfo() {
    return new MatchCheckpoint(centre, lastHandedOut());
  }

  private static long number(String property, long otherwise) {
    return property == null || property.isBlank() ? otherwise : Long.parseLong(property);
  }
}
