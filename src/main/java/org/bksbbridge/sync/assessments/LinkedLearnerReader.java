package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bksbbridge.sync.LearnerIdReader;

/**
 * Reads one partition's linked, eligible learners a page at a time, in learner id order. The
 * checkpoint is the last learner handed out in a committed chunk.
 */
@Dependent
@Named("linkedLearnerReader")
public class LinkedLearnerReader extends LearnerIdReader<LearnerToFetch> {
  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject LinkedLearners learners;

  private LinkedLearners.Scope scope;

  @Override
  public void open(Serializable checkpoint) {
    scope = learners.scope(onlyCentre, since, partition, partitions);
    resume(checkpoint == null ? 0 : ((AssessmentCheckpoint) checkpoint).lastLearnerId(), true);
  }

  @Override
  protected Page<LearnerToFetch> page(long afterId) {
    LinkedLearners.Page p = learners.page(scope, afterId, Integer.parseInt(pageSize));
    return new Page<>(p.learners(), p.lastId(), p.more());
  }

  @Override
  protected long idOf(LearnerToFetch item) {
    return item.learnerId();
  }

  @Override
  public Serializable checkpointInfo() {
    return new AssessmentCheckpoint(lastHandedOut());
  }
}
